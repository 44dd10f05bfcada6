package dev.footnote.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.PassageAnnotator;

/** Merges found while held wait in the writer, and run once released; an index's first write releases its merges. */
class HeldMergeSchedulerTest {

    @TempDir
    Path tmp;

    @Test
    void mergesFoundWhileHeldRunOnceReleased() throws Exception {
        HeldMergeScheduler scheduler = new HeldMergeScheduler();
        try (FSDirectory dir = FSDirectory.open(tmp); IndexWriter writer = eightSegments(dir, scheduler)) {
            assertThat(segments(dir)).isEqualTo(8);

            assertThat(scheduler.held()).isTrue();
            scheduler.release();
            scheduler.sync();
            writer.commit();
            assertThat(segments(dir)).isLessThan(8);
            assertThat(scheduler.held()).isFalse();
        }
    }

    @Test
    void aWriterClosedWithItsMergesRunsThoseHeldRatherThanWaitForThemForever() throws Exception {
        HeldMergeScheduler scheduler = new HeldMergeScheduler();
        try (FSDirectory dir = FSDirectory.open(tmp)) {
            IndexWriter writer = eightSegments(dir, scheduler);
            assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), writer::close);
            assertThat(segments(dir)).isLessThan(8);
        }
    }

    @Test
    void aWriterHoldsItsMergesUntilItsFirstWrite() throws Exception {
        try (FSDirectory dir = FSDirectory.open(tmp)) {
            LuceneWrites writes = new LuceneWrites(dir, IndexWriterConfig.OpenMode.CREATE_OR_APPEND, new FootnoteAnalyzer(),
                    new BM25Similarity(), null, List.of());
            try {
                assertThat(writes.mergesHeld()).isTrue();
                writes.prepare(IndexChanges.exclude("a.txt"), PassageAnnotator.NONE, hashes -> Map.of()).write();
                assertThat(writes.mergesHeld()).isFalse();
            } finally {
                writes.searchers().close();
                writes.close();
            }
        }
    }

    /**
     * A writer on {@code scheduler} that has committed eight one-document segments, with a policy that wants two a
     * tier: merges are due.
     */
    private static IndexWriter eightSegments(FSDirectory dir, HeldMergeScheduler scheduler) throws Exception {
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                .setMergePolicy(new TieredMergePolicy().setSegmentsPerTier(2).setFloorSegmentMB(0.01)).setMergeScheduler(scheduler));
        for (int i = 0; i < 8; i++) {
            Document doc = new Document();
            doc.add(new TextField("text", "heron number " + i, Field.Store.NO));
            writer.addDocument(doc);
            writer.commit();
        }
        return writer;
    }

    private static int segments(FSDirectory dir) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.leaves().size();
        }
    }
}
