package dev.footnote.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.DocumentState;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.corpus.StableIds;
import dev.footnote.outage.IndexUnavailableException;

/**
 * The indexer embeds a batch while the one before it is written (so the model need not wait for actor extracts,
 * Lucene and the commit), commits in the order of the batches, and an outage met by a write leaves that batch and the
 * one embedded behind it queued, to be indexed by the next try.
 */
class IndexPipelineTest {

    @TempDir
    Path corpus;

    @TempDir
    Path indexDir;

    /** Lucene with vectors, whose writes are watched (and can be held or failed) per batch, numbered from 1. */
    private static final class WatchedIndex extends PassageIndexDelegate {
        final AtomicInteger prepared = new AtomicInteger();
        final CountDownLatch secondPrepared = new CountDownLatch(1);
        final List<String> written = new CopyOnWriteArrayList<>();
        final List<Boolean> writeOverlappedNextEmbedding = new CopyOnWriteArrayList<>();
        volatile int failWrite;

        WatchedIndex(PassageIndex backend) {
            super(backend);
        }

        @Override
        public Prepared prepare(IndexChanges changes) {
            int batch = prepared.incrementAndGet();
            if (batch == 2) {
                secondPrepared.countDown();
            }
            Prepared inner = backend().prepare(changes);
            return () -> {
                if (batch == 1) {
                    // Held until the next batch has been embedded: a sequential indexer never gets there.
                    try {
                        writeOverlappedNextEmbedding.add(secondPrepared.await(10, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (batch == failWrite) {
                    throw new IndexUnavailableException("the Solr collection 'footnote' cannot be reached: test", null);
                }
                inner.write();
                changes.replacements().forEach(r -> written.add(r.document().path()));
            };
        }
    }

    private dev.footnote.index.lucene.LucenePassageIndex open() {
        return PassageIndex.open(indexDir, new FootnoteAnalyzer(), new BM25Similarity(), new PassageVectors(new SwitchableEmbedder(), 8));
    }

    private CorpusIndexer indexer(PassageIndex index) {
        // One passage per commit: every file is a batch of its own.
        return new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index, new DocumentStatuses(),
                new IndexProgress(Duration.ofMinutes(1)), 1);
    }

    private void write(String... texts) throws Exception {
        for (int i = 0; i < texts.length; i++) {
            Files.writeString(corpus.resolve((char) ('a' + i) + ".txt"), texts[i]);
        }
    }

    @Test
    void theNextBatchIsEmbeddedWhileOneIsWrittenAndCommitsKeepTheOrderOfTheBatches() throws Exception {
        write("Lighthouses guide ships past the rocky coast.", "The river floods every spring.",
                "Bees carry pollen between the orchards.", "The ferry leaves at noon.");
        try (var lucene = open()) {
            WatchedIndex index = new WatchedIndex(lucene);
            CorpusIndexer indexer = indexer(index);

            IndexSyncReport report = indexer.sync(corpus);

            assertThat(index.writeOverlappedNextEmbedding).containsExactly(true);
            assertThat(index.written).containsExactly("a.txt", "b.txt", "c.txt", "d.txt");
            assertThat(report.added()).containsExactly("a.txt", "b.txt", "c.txt", "d.txt");
            assertThat(lucene.passageCount()).isEqualTo(4);
            assertThat(lucene.files()).hasSize(4);
            for (String path : List.of("a.txt", "b.txt", "c.txt", "d.txt")) {
                assertThat(indexer.statuses().get(StableIds.documentId(path)))
                        .hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(DocumentState.INDEXED));
            }
            assertThat(indexer.progress().snapshot().state()).isEqualTo("ready");
            assertThat(lucene.bm25(List.of("pollen"), 0, 5)).singleElement()
                    .satisfies(h -> assertThat(h.passage().documentId()).isEqualTo(StableIds.documentId("c.txt")));
        }
    }

    @Test
    void anOutageMetByAWriteLeavesThatBatchAndTheOneEmbeddedBehindItQueuedForTheNextTry() throws Exception {
        write("Lighthouses guide ships past the rocky coast.", "The river floods every spring.",
                "Bees carry pollen between the orchards.");
        try (var lucene = open()) {
            WatchedIndex index = new WatchedIndex(lucene);
            index.failWrite = 1;
            CorpusIndexer indexer = indexer(index);

            assertThatThrownBy(() -> indexer.sync(corpus)).isInstanceOf(IndexingPausedException.class)
                    .hasMessageContaining("cannot be reached");

            assertThat(lucene.passageCount()).isZero();
            for (String path : List.of("a.txt", "b.txt")) {
                assertThat(indexer.statuses().get(StableIds.documentId(path))).hasValueSatisfying(s -> {
                    assertThat(s.state()).isEqualTo(DocumentState.QUEUED);
                    assertThat(s.reason()).startsWith("waiting: ").contains("cannot be reached");
                });
            }
            assertThat(indexer.statuses().get(StableIds.documentId("c.txt")))
                    .hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(DocumentState.QUEUED));
            assertThat(indexer.progress().snapshot().state()).isEqualTo("paused");

            index.failWrite = 0;
            assertThat(indexer.sync(corpus).added()).containsExactlyInAnyOrder("a.txt", "b.txt", "c.txt");
            assertThat(lucene.passageCount()).isEqualTo(3);
            assertThat(indexer.progress().snapshot().state()).isEqualTo("ready");
        }
    }
}
