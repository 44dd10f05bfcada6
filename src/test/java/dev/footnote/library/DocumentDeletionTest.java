package dev.footnote.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.corpus.StableIds;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.DocumentStatuses;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.IndexProgress;
import dev.footnote.index.IndexWorker;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.PendingRemovals;
import dev.footnote.index.VisibleIndex;

/**
 * DELETE returns at once and hides the document from every read; the worker takes its passages out
 * of the index, and only then its file out of the folder: while the index cannot be written, the
 * file stays (and the document stays hidden), and the removal completes once the index answers again.
 */
class DocumentDeletionTest {

    @TempDir
    Path corpus;

    @TempDir
    Path indexDir;

    /** Lucene, with writes that fail like a full disk while {@code broken} is set. */
    static final class BreakableIndex {
        volatile boolean broken;
    }

    @Test
    void aDeletedDocumentIsHiddenAtOnceAndItsFileGoesOnlyAfterItsPassages() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Lighthouses guide ships past the rocky coast.");
        Files.writeString(corpus.resolve("b.txt"), "The river floods every spring.");
        BreakableIndex breakable = new BreakableIndex();
        try (PassageIndex lucene = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            PendingRemovals removals = new PendingRemovals();
            VisibleIndex visible = new VisibleIndex(new dev.footnote.index.PassageIndexDelegate(lucene) {
                @Override
                public void apply(IndexChanges changes) {
                    if (breakable.broken) {
                        throw new UncheckedIOException(new IOException("No space left on device"));
                    }
                    super.apply(changes);
                }
            }, removals);
            CorpusIndexer indexer = new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), visible, new DocumentStatuses(),
                    new IndexProgress(Duration.ofMinutes(1)), 100, removals);
            indexer.sync(corpus);
            try (IndexWorker worker = new IndexWorker(indexer, corpus, Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofMillis(100))) {
                DocumentLibrary library = new DocumentLibrary(corpus, 1_000_000, visible, worker);
                String a = StableIds.documentId("a.txt");
                breakable.broken = true;

                assertThat(library.delete(a)).isTrue();

                // Hidden at once, from searches, passages and the document list; a second DELETE finds nothing.
                assertThat(visible.bm25(List.of("lighthous"), 0, 5)).isEmpty();
                assertThat(visible.passagesOf(a)).isEmpty();
                assertThat(library.status(a)).isEmpty();
                assertThat(library.documents()).extracting(s -> s.path()).containsExactly("b.txt");
                assertThat(library.delete(a)).isFalse();
                // The index cannot be written: the passages are still there underneath, so the file stays.
                awaitPaused(indexer);
                assertThat(lucene.passagesOf(a)).isNotEmpty();
                assertThat(corpus.resolve("a.txt")).exists();

                breakable.broken = false;
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (Files.exists(corpus.resolve("a.txt")) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(corpus.resolve("a.txt")).doesNotExist();
                assertThat(lucene.passagesOf(a)).isEmpty();
                assertThat(removals.isEmpty()).isTrue();
                assertThat(library.documents()).extracting(s -> s.path()).containsExactly("b.txt");
            }
        }
    }

    private static void awaitPaused(CorpusIndexer indexer) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"paused".equals(indexer.progress().snapshot().state())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("indexing never paused");
            }
            Thread.sleep(20);
        }
    }
}
