package dev.footnote.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.DocumentStatus;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.CountingIndex;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexWorker;
import dev.footnote.index.PassageIndex;

/**
 * A restart reads no document record while the server starts (their number grows with the corpus): the start-up sync,
 * which compares the folder with the records anyway, fills the documents list; a list asked for before it got so far
 * reads the records itself, once. The backend is a {@link CountingIndex}, which notes every read of every record.
 */
class DocumentLibraryStartTest {

    @TempDir
    Path corpus;

    @TempDir
    Path indexDir;

    @Test
    void makingTheLibraryReadsNoRecordAndTheStartUpSyncFillsTheList() throws Exception {
        try (PassageIndex lucene = indexedBefore()) {
            CountingIndex counting = new CountingIndex(lucene);
            CorpusIndexer indexer = indexer(counting);
            try (IndexWorker worker = new IndexWorker(indexer, corpus, Duration.ofSeconds(5))) {
                DocumentLibrary library = new DocumentLibrary(corpus, 1_000_000, counting, worker);
                assertThat(counting.reads()).as("reads while the library is made, at start-up").isEmpty();

                indexer.sync(corpus);
                assertThat(counting.reads()).as("the start-up sync reads the records once").hasSize(1)
                        .allMatch(call -> call.startsWith("files on "));
                counting.reset();

                assertThat(library.documents(null, 10).documents()).extracting(DocumentStatus::path)
                        .containsExactly("a.txt", "b.txt");
                assertThat(library.documents()).hasSize(2);
                assertThat(counting.reads()).as("lists after the sync read the statuses it left").isEmpty();
            }
        }
    }

    @Test
    void aListAskedForBeforeTheFirstSyncReadsTheRecordsOnceAndShowsWhatTheIndexHolds() throws Exception {
        try (PassageIndex lucene = indexedBefore()) {
            CountingIndex counting = new CountingIndex(lucene);
            try (IndexWorker worker = new IndexWorker(indexer(counting), corpus, Duration.ofSeconds(5))) {
                DocumentLibrary library = new DocumentLibrary(corpus, 1_000_000, counting, worker);

                DocumentLibrary.Page page = library.documents(null, 10);
                assertThat(page.documents()).extracting(DocumentStatus::path).containsExactly("a.txt", "b.txt");
                assertThat(page.total()).isEqualTo(2);
                assertThat(library.documents()).extracting(DocumentStatus::passages).containsExactly(1, 1);
                assertThat(counting.reads()).as("the records, read once for every list before the sync").hasSize(1);
            }
        }
    }

    /** Two files indexed by an earlier run of the server: the index a restart opens. */
    private PassageIndex indexedBefore() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Lighthouses guide ships past the rocky coast.");
        Files.writeString(corpus.resolve("b.txt"), "The river floods every spring.");
        PassageIndex lucene = PassageIndex.open(indexDir, new FootnoteAnalyzer());
        indexer(lucene).sync(corpus);
        return lucene;
    }

    private static CorpusIndexer indexer(PassageIndex index) {
        return new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index);
    }
}
