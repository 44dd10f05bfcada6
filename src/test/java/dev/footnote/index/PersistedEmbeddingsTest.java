package dev.footnote.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;

class PersistedEmbeddingsTest {

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), """
                The river floods every spring after the snow melts in the mountains.

                Farmers along the valley plant rice once the water recedes.
                """);
        Files.writeString(corpus.resolve("b.txt"), "Lighthouses guide ships past the rocky northern coast at night.\n");
        return corpus;
    }

    private PassageIndex open(CountingEmbedder embedder) {
        return PassageIndex.open(tmp.resolve("index"), new FootnoteAnalyzer(), new BM25Similarity(), new PassageVectors(embedder, 2));
    }

    private static IndexSyncReport sync(PassageIndex index, Path corpus) {
        return new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
    }

    @Test
    void aRestartWithAnUnchangedCorpusEmbedsNothing() throws IOException {
        Path corpus = corpus();
        CountingEmbedder first = new CountingEmbedder("test-model");
        try (PassageIndex index = open(first)) {
            sync(index, corpus);
        }
        assertThat(first.embedded()).isEqualTo(3);

        CountingEmbedder afterRestart = new CountingEmbedder("test-model");
        try (PassageIndex index = open(afterRestart)) {
            IndexSyncReport report = sync(index, corpus);
            assertThat(report.modified()).isFalse();
            // The vectors came back from disk: a nearest-neighbour search still finds the right passage.
            float[] query = afterRestart.embed("ships lighthouses coast");
            assertThat(index.nearest(query, 1).get(0).passage().text()).startsWith("Lighthouses");
        }
        assertThat(afterRestart.embedded()).isEqualTo(1); // the query only
    }

    @Test
    void anEditedFileEmbedsOnlyItsChangedPassages() throws IOException {
        Path corpus = corpus();
        try (PassageIndex index = open(new CountingEmbedder("test-model"))) {
            sync(index, corpus);
        }
        Files.writeString(corpus.resolve("a.txt"), """
                The river floods every spring after the snow melts in the mountains.

                Farmers along the valley plant barley once the water recedes.
                """);
        CountingEmbedder afterEdit = new CountingEmbedder("test-model");
        try (PassageIndex index = open(afterEdit)) {
            IndexSyncReport report = sync(index, corpus);
            assertThat(report.changed()).containsExactly("a.txt");
            assertThat(index.passageCount()).isEqualTo(3);
            assertThat(index.nearest(afterEdit.embed("barley farmers"), 1).get(0).passage().text()).contains("barley");
        }
        // The unchanged first paragraph kept its vector; the edited one and the query were embedded.
        assertThat(afterEdit.embedded()).isEqualTo(2);
    }

    @Test
    void sentenceVectorsArePersistedInSentenceOrderAndNotRecomputed() throws IOException {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("b.txt"), "Lighthouses guide ships. Keepers trim the wicks. Fog horns warn in bad weather.\n");
        CountingEmbedder first = new CountingEmbedder("test-model");
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"), new FootnoteAnalyzer(), new BM25Similarity(),
                new PassageVectors(first, 2, true))) {
            sync(index, corpus);
        }
        // 3 passages, plus their sentences: 1 + 1 + 3.
        assertThat(first.embedded()).isEqualTo(3 + 5);

        CountingEmbedder afterRestart = new CountingEmbedder("test-model");
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"), new FootnoteAnalyzer(), new BM25Similarity(),
                new PassageVectors(afterRestart, 2, true))) {
            sync(index, corpus);
            String lighthouses = index.passagesOf(index.files().get("b.txt").documentId()).get(0).id();
            float[][] sentences = index.sentenceVectors(java.util.List.of(lighthouses)).get(lighthouses);
            assertThat(sentences).hasDimensions(3, 32);
            assertThat(sentences[1]).containsExactly(CountingEmbedder.vector("Keepers trim the wicks."));
        }
        assertThat(afterRestart.embedded()).isZero();
    }

    @Test
    void anotherEmbeddingModelRebuildsTheIndex() throws IOException {
        Path corpus = corpus();
        try (PassageIndex index = open(new CountingEmbedder("model-one"))) {
            sync(index, corpus);
        }
        CountingEmbedder other = new CountingEmbedder("model-two");
        try (PassageIndex index = open(other)) {
            IndexSyncReport report = sync(index, corpus);
            assertThat(report.added()).containsExactly("a.txt", "b.txt");
        }
        assertThat(other.embedded()).isEqualTo(3);
    }
}
