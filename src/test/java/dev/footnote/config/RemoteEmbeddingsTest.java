package dev.footnote.config;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.langchain4j.model.embedding.EmbeddingModel;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.PassageVectors;
import dev.footnote.index.TextEmbedder;

/**
 * The Ollama embedding provider against WireMock playing {@code /api/embed}: vectors land in the
 * index under the model's name, a failing server is retried and then leaves the previous index as
 * it was, and a vector of the wrong dimension is refused.
 */
class RemoteEmbeddingsTest {

    static final FakeEmbeddingServer fake = new FakeEmbeddingServer(24);

    @TempDir
    Path tmp;
    Path corpus;

    @AfterAll
    static void stop() {
        fake.stop();
    }

    @BeforeEach
    void corpus() throws IOException {
        fake.answerNormally();
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), """
                The river floods every spring after the snow melts in the mountains.

                Farmers along the valley plant rice once the water recedes.
                """);
        Files.writeString(corpus.resolve("b.txt"), "Lighthouses guide ships past the rocky northern coast at night.\n");
    }

    private static EmbeddingProperties ollama(int dimensions, int maxRetries) {
        return new EmbeddingProperties(EmbeddingProperties.Provider.OLLAMA, fake.baseUrl(), "nomic-embed-text", null,
                dimensions, 2, Duration.ofSeconds(5), Duration.ofSeconds(2), maxRetries);
    }

    private PassageIndex open(EmbeddingProperties properties) {
        EmbeddingConfiguration configuration = new EmbeddingConfiguration();
        EmbeddingModel model = configuration.embeddingModel(properties, null);
        TextEmbedder embedder = configuration.textEmbedder(model, properties, null);
        return PassageIndex.open(tmp.resolve("index"), new FootnoteAnalyzer(), new BM25Similarity(),
                new PassageVectors(embedder, 8, true));
    }

    private void sync(PassageIndex index) {
        new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
    }

    @Test
    void vectorsFromTheServerLandInTheIndexUnderTheModelsName() throws IOException {
        try (PassageIndex index = open(ollama(24, 0))) {
            sync(index);
            assertThat(index.passageCount()).isEqualTo(3);
            float[] query = index.embedder().embed("ships lighthouses coast");
            assertThat(index.nearest(query, 1).get(0).passage().text()).startsWith("Lighthouses");
            // Three passages and their three sentences, at most two texts per request (batch-size 2), plus the query.
            fake.server.verify(4, postRequestedFor(urlPathEqualTo(FakeEmbeddingServer.OLLAMA_PATH)));
        }
        try (FSDirectory directory = FSDirectory.open(tmp.resolve("index"))) {
            assertThat(SegmentInfos.readLatestCommit(directory).getUserData())
                    .containsEntry(IndexFields.EMBEDDING_MODEL_KEY, "ollama:nomic-embed-text@24+sentences");
        }
    }

    @Test
    void aServerErrorIsRetriedThenLeavesThePreviousIndexIntact() throws IOException {
        try (PassageIndex index = open(ollama(24, 1))) {
            sync(index);
            String before = index.passage(index.nearest(index.embedder().embed("farmers rice valley"), 1).get(0).passage().id())
                    .orElseThrow().text();
            Files.writeString(corpus.resolve("b.txt"), "Lighthouses guide ferries past the rocky northern coast at night.\n");
            fake.failWith(503);

            assertThatThrownBy(() -> sync(index)).isInstanceOf(RuntimeException.class);

            // One request and one retry; then the change was rolled back and the old passages still answer.
            fake.server.verify(2, postRequestedFor(urlPathEqualTo(FakeEmbeddingServer.OLLAMA_PATH)));
            assertThat(index.passageCount()).isEqualTo(3);
            assertThat(before).contains("rice");
            assertThat(index.files().get("b.txt").contentHash()).isNotNull();
            assertThat(index.passagesOf(index.files().get("b.txt").documentId()).get(0).text()).contains("ships");
        }
    }

    @Test
    void aClientErrorIsNotRetried() {
        fake.failWith(400);
        EmbeddingProperties properties = ollama(24, 2);
        EmbeddingModel model = new EmbeddingConfiguration().embeddingModel(properties, null);
        assertThatThrownBy(() -> model.embed("anything")).isInstanceOf(RuntimeException.class);
        fake.server.verify(1, postRequestedFor(urlPathEqualTo(FakeEmbeddingServer.OLLAMA_PATH)));
    }

    @Test
    void aServerSlowerThanTheTimeoutIsGivenUpOnAndRetried() {
        fake.answerAfter(2000);
        EmbeddingProperties impatient = new EmbeddingProperties(EmbeddingProperties.Provider.OLLAMA, fake.baseUrl(), "nomic-embed-text",
                null, 24, 2, Duration.ofMillis(300), Duration.ofSeconds(2), 1);
        EmbeddingModel model = new EmbeddingConfiguration().embeddingModel(impatient, null);
        long started = System.nanoTime();
        assertThatThrownBy(() -> model.embed("anything")).isInstanceOf(RuntimeException.class);
        fake.server.verify(2, postRequestedFor(urlPathEqualTo(FakeEmbeddingServer.OLLAMA_PATH)));
        // Two attempts cut at the timeout, not two full two-second waits.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3900));
    }

    @Test
    void aVectorOfTheWrongDimensionIsRefusedBeforeItReachesTheIndex() {
        EmbeddingModel model = new EmbeddingConfiguration().embeddingModel(ollama(16, 0), null);
        assertThatThrownBy(() -> model.embed("anything"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dimension 24, expected 16");
    }

    @Test
    void aRemoteProviderWithoutAModelStopsStartUpWithTheSettingToFix() {
        EmbeddingProperties noModel = new EmbeddingProperties(EmbeddingProperties.Provider.OPENAI, fake.baseUrl() + "/v1", null,
                null, 0, 8, Duration.ofSeconds(5), Duration.ofSeconds(2), 0);
        assertThatThrownBy(() -> new EmbeddingConfiguration().embeddingModel(noModel, null))
                .hasMessageContaining("footnote.embedding.model must be set");
    }
}
