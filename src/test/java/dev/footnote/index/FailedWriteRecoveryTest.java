package dev.footnote.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.DocumentState;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.corpus.StableIds;

/**
 * A write that fails for an outage (the embedding server unreachable) rolls back, reopens the
 * writer and leaves its documents queued, so the next try indexes them without a restart; a
 * document that fails on its own is the only one marked failed.
 */
class FailedWriteRecoveryTest {

    @TempDir
    Path corpus;

    @TempDir
    Path indexDir;

    private final SwitchableEmbedder embedder = new SwitchableEmbedder();
    private final CorpusReader reader = new CorpusReader(new PassageSplitter(250));

    private dev.footnote.index.lucene.LucenePassageIndex open() {
        return PassageIndex.open(indexDir, new FootnoteAnalyzer(), new BM25Similarity(), new PassageVectors(embedder, 8));
    }

    private CorpusIndexer indexer(PassageIndex index) {
        return new CorpusIndexer(reader, index, new DocumentStatuses(), new IndexProgress(Duration.ofMinutes(1)), 1);
    }

    @Test
    void anOutageLeavesTheBatchQueuedAndTheNextTryIndexesItWithoutARestart() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Lighthouses guide ships past the rocky coast.");
        try (var index = open()) {
            CorpusIndexer indexer = indexer(index);
            indexer.sync(corpus);
            Files.writeString(corpus.resolve("b.txt"), "The river floods every spring.");
            embedder.down();

            assertThatThrownBy(() -> indexer.sync(corpus)).isInstanceOf(IndexingPausedException.class)
                    .hasMessageContaining("embedding server");
            String b = StableIds.documentId("b.txt");
            assertThat(indexer.statuses().get(b)).hasValueSatisfying(s -> {
                assertThat(s.state()).isEqualTo(DocumentState.QUEUED);
                assertThat(s.reason()).contains("embedding server");
            });
            assertThat(indexer.progress().snapshot().state()).isEqualTo("paused");
            assertThat(indexer.progress().snapshot().reason()).contains("embedding server");
            assertThat(index.passageCount()).isEqualTo(1);
            assertThat(index.writable()).isTrue();

            embedder.up();
            assertThat(indexer.sync(corpus).added()).containsExactly("b.txt");
            assertThat(indexer.statuses().get(b)).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(DocumentState.INDEXED));
            assertThat(indexer.progress().snapshot().state()).isEqualTo("ready");
            assertThat(index.passageCount()).isEqualTo(2);
            assertThat(index.bm25(java.util.List.of("river"), 0, 5)).singleElement()
                    .satisfies(h -> assertThat(h.passage().text()).contains("floods"));
        }
    }

    @Test
    void onlyTheDocumentAtFaultFailsAndTheRestOfItsBatchIsWritten() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Lighthouses guide ships past the rocky coast.");
        Files.writeString(corpus.resolve("b.txt"), "A poison text the embedding server refuses.");
        Files.writeString(corpus.resolve("c.txt"), "The river floods every spring.");
        try (var index = open()) {
            CorpusIndexer indexer = new CorpusIndexer(reader, index, new DocumentStatuses(), new IndexProgress(Duration.ofMinutes(1)), 1000);
            indexer.sync(corpus);

            assertThat(index.files().keySet()).containsExactly("a.txt", "c.txt");
            assertThat(indexer.statuses().get(StableIds.documentId("b.txt"))).hasValueSatisfying(s -> {
                assertThat(s.state()).isEqualTo(DocumentState.FAILED);
                assertThat(s.reason()).contains("refused a text");
            });
            assertThat(indexer.statuses().get(StableIds.documentId("a.txt")))
                    .hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(DocumentState.INDEXED));
        }
    }

    @Test
    void thePausedWorkerTriesAgainByItselfOnceTheServerAnswers() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Lighthouses guide ships past the rocky coast.");
        embedder.down();
        try (var index = open()) {
            CorpusIndexer indexer = indexer(index);
            try (IndexWorker worker = new IndexWorker(indexer, corpus, Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofMillis(200))) {
                worker.requestSync();
                await(() -> "paused".equals(indexer.progress().snapshot().state()));
                assertThat(worker.pausedReason()).contains("embedding server");
                assertThat(index.passageCount()).isZero();

                embedder.up();
                // No new request: the worker's own retry finds the server back.
                await(() -> index.passageCount() == 1);
                await(() -> "ready".equals(indexer.progress().snapshot().state()));
                assertThat(worker.pausedReason()).isNull();
            }
        }
    }

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }
}
