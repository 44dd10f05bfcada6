package dev.footnote.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.CountingEmbedder;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexSyncReport;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.PassageVectors;

/**
 * The Solr backend on a real two-node SolrCloud, a collection of 2 shards x 2 replicas created by
 * Footnote itself from the shipped configset: the same analysis as the Lucene index, BM25 and
 * {@code {!knn}} over both shards, sentence vectors as child documents, incremental updates with
 * the version switch, and the refusal to mix embedding models.
 */
class SolrPassageIndexTest {

    static SolrTestCluster cloud;
    static CloudSolrClient client;
    static SolrPassageIndex index;
    static final SolrSettings SETTINGS = SolrTestCluster.settings("passages", 2, 2, 32);

    @TempDir
    static Path tmp;
    static Path corpus;

    @BeforeAll
    static void start() throws IOException {
        cloud = SolrTestCluster.shared();
        client = cloud.cluster().getSolrClient();
        PassageVectors vectors = new PassageVectors(new CountingEmbedder("counting"), 8, true);
        SolrCollections.prepare(client, SETTINGS, SolrPassageIndex.modelId(vectors));
        index = new SolrPassageIndex(client, SETTINGS, new FootnoteAnalyzer(), vectors);
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("belgrade.txt"), """
                President Vučić said that Serbia’s army would not cross the line. The de‑escalation talks continue in Brussels.

                Farmers along the valley plant rice once the water recedes. The harvest comes in autumn.
                """);
        Files.writeString(corpus.resolve("coast.txt"), "Lighthouses guide ships past the rocky northern coast at night.\n");
        Files.writeString(corpus.resolve("rivers.txt"), "The river floods every spring after the snow melts in the mountains.\n");
        sync();
    }

    static IndexSyncReport sync() {
        return new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
    }

    private static List<String> bm25(String query) {
        TermWeights terms = new TermWeights(index);
        return index.bm25(terms.terms(query), 0.3f, 10).stream().map(h -> h.passage().text()).toList();
    }

    @Test
    void foldingAndUnicodePunctuationMatchAsInTheLuceneIndex() {
        assertThat(bm25("Vucic")).singleElement().asString().contains("Vučić");
        assertThat(bm25("de-escalation")).singleElement().asString().contains("de‑escalation");
        assertThat(bm25("Serbia's armies")).singleElement().asString().contains("Serbia’s army");
    }

    @Test
    void nearestNeighboursComeFromBothShards() {
        float[] query = index.embedder().embed("ships lighthouses coast");
        List<PassageIndex.Hit> hits = index.nearest(query, 4);
        assertThat(hits).hasSize(4);
        assertThat(hits.get(0).passage().text()).startsWith("Lighthouses");
        assertThat(index.passageCount()).isEqualTo(4);
    }

    @Test
    void sentenceVectorsComeBackAsChildDocumentsInOrder() {
        Passage first = index.passagesOf(index.files().get("belgrade.txt").documentId()).get(0);
        float[][] sentences = index.sentenceVectors(List.of(first.id())).get(first.id());
        assertThat(sentences).hasNumberOfRows(2);
        assertThat(sentences[1]).containsExactly(CountingEmbedder.class.cast(index.embedder()).embed("The de‑escalation talks continue in Brussels."));
    }

    @Test
    void aChangedFileReplacesItsPassagesAndADeletedOneLeaves() throws IOException {
        Path extra = corpus.resolve("extra.txt");
        Files.writeString(extra, "Glaciers retreat in warm summers.\n\nA second paragraph about moraines.\n");
        assertThat(sync().added()).containsExactly("extra.txt");
        String documentId = index.files().get("extra.txt").documentId();
        assertThat(index.passagesOf(documentId)).extracting(Passage::text)
                .containsExactly("Glaciers retreat in warm summers.", "A second paragraph about moraines.");

        Files.writeString(extra, "Glaciers advance in cold summers.\n");
        assertThat(sync().changed()).containsExactly("extra.txt");
        assertThat(index.passagesOf(documentId)).extracting(Passage::text).containsExactly("Glaciers advance in cold summers.");
        assertThat(bm25("moraines")).isEmpty();
        assertThat(index.files().get("extra.txt").passages()).isEqualTo(1);

        long before = index.version();
        Files.delete(extra);
        assertThat(sync().removed()).containsExactly("extra.txt");
        assertThat(index.files()).doesNotContainKey("extra.txt");
        assertThat(bm25("glaciers")).isEmpty();
        assertThat(index.version()).isNotEqualTo(before);
    }

    @Test
    void aLookUpOfManyHashesFitsInOneRequest() {
        // 300 SHA-256 hashes make a query of ~20 KB: more than a URL may carry (the reason queries are POSTed).
        List<String> hashes = java.util.stream.IntStream.range(0, 300).mapToObj(i -> "%064x".formatted(i)).toList();
        assertThat(index.storedVectors(hashes)).isEmpty();
    }

    @Test
    void anUnchangedCorpusWritesNothing() {
        assertThat(sync().modified()).isFalse();
    }

    @Test
    void aCollectionOfAnotherEmbeddingModelIsRefused() {
        assertThatThrownBy(() -> SolrCollections.prepare(client, SETTINGS, "another-model+sentences"))
                .isInstanceOf(MixedEmbeddingsException.class)
                .hasMessageContaining("'counting+sentences'")
                .hasMessageContaining("'another-model+sentences'");
    }
}
