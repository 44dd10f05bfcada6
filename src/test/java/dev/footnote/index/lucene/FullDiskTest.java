package dev.footnote.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexingPausedException;

/**
 * A full disk pauses indexing with a reason the operator can act on ("the disk holding the index is full", not
 * "index update failed"), keeps what was committed searchable, and the next try writes once there is room, with no
 * restart.
 */
class FullDiskTest {

    @TempDir
    Path corpus;

    @TempDir
    Path indexDir;

    /** A folder whose disk can be filled: every new file fails as a full disk fails. */
    private static final class FillableDirectory extends FilterDirectory {
        volatile boolean full;

        FillableDirectory(Path dir) throws IOException {
            super(FSDirectory.open(dir));
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (full) {
                throw new IOException("No space left on device");
            }
            return super.createOutput(name, context);
        }
    }

    @Test
    void aFullDiskPausesIndexingSayingSoAndTheNextTryWritesOnceThereIsRoom() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Lighthouses guide ships past the rocky coast.");
        FillableDirectory disk = new FillableDirectory(indexDir);
        try (LucenePassageIndex index = new LucenePassageIndex(indexDir, disk, IndexWriterConfig.OpenMode.CREATE_OR_APPEND,
                new FootnoteAnalyzer(), new BM25Similarity(), null, List.of())) {
            CorpusIndexer indexer = new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index);
            indexer.sync(corpus);
            Files.writeString(corpus.resolve("b.txt"), "The river floods every spring.");
            disk.full = true;

            assertThatThrownBy(() -> indexer.sync(corpus)).isInstanceOf(IndexingPausedException.class)
                    .hasMessageContaining("the disk holding the index is full");
            assertThat(indexer.progress().snapshot().reason()).contains("the disk holding the index is full");
            assertThat(index.passageCount()).isEqualTo(1);
            assertThat(index.bm25(List.of("lighthous"), 0, 5)).hasSize(1);

            disk.full = false;
            assertThat(indexer.sync(corpus).added()).containsExactly("b.txt");
            assertThat(index.passageCount()).isEqualTo(2);
        }
    }
}
