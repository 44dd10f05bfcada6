package dev.footnote.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusFile;
import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.DocumentState;
import dev.footnote.corpus.DocumentStatus;
import dev.footnote.corpus.PassageSplitter;

class CorpusIndexerTest {

    @TempDir
    Path corpus;

    @TempDir
    Path indexDir;

    private final CorpusReader reader = new CorpusReader(new PassageSplitter(250));

    @Test
    void anUploadStoredWhileASyncRunsKeepsItsQueuedStatus() throws Exception {
        Files.writeString(corpus.resolve("keep.txt"), "Kept paragraph about apples.");
        try (PassageIndex backend = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            // The upload lands after the sync has listed the folder and before it forgets the files it did not list.
            CorpusIndexer[] indexer = new CorpusIndexer[1];
            PassageIndex racing = new PassageIndexDelegate(backend) {
                @Override
                public Map<String, IndexedFile> files() {
                    try {
                        if (!Files.exists(corpus.resolve("upload.txt"))) {
                            Files.writeString(corpus.resolve("upload.txt"), "An uploaded paragraph about figs.");
                            indexer[0].statuses().put(DocumentStatus.queued("upload.txt"));
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return super.files();
                }
            };
            indexer[0] = new CorpusIndexer(reader, racing);
            String uploadId = DocumentStatus.queued("upload.txt").documentId();

            indexer[0].sync(corpus);
            assertThat(indexer[0].statuses().get(uploadId)).as("queued, not forgotten").isPresent();

            indexer[0].sync(corpus);
            assertThat(indexer[0].statuses().get(uploadId)).get().extracting(DocumentStatus::state).isEqualTo(DocumentState.INDEXED);
        }
    }

    @Test
    void onlyChangedAddedAndDeletedFilesAreTouched() throws Exception {
        Files.writeString(corpus.resolve("keep.txt"), "Kept paragraph about apples.");
        Files.writeString(corpus.resolve("edit.txt"), "Old text about pears.");
        Files.writeString(corpus.resolve("drop.txt"), "Doomed text about plums.");

        try (PassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            CorpusIndexer indexer = new CorpusIndexer(reader, index);
            IndexSyncReport first = indexer.sync(corpus);
            assertThat(first.added()).containsExactly("drop.txt", "edit.txt", "keep.txt");
            String keptId = index.files().get("keep.txt").documentId();

            Files.writeString(corpus.resolve("edit.txt"), "New text about quinces.\n\nAnd a second paragraph.");
            Files.writeString(corpus.resolve("new.md"), "Fresh text about figs.");
            Files.delete(corpus.resolve("drop.txt"));
            IndexSyncReport second = indexer.sync(corpus);

            assertThat(second.added()).containsExactly("new.md");
            assertThat(second.changed()).containsExactly("edit.txt");
            assertThat(second.removed()).containsExactly("drop.txt");
            assertThat(second.unchanged()).isEqualTo(1);

            Map<String, IndexedFile> files = index.files();
            assertThat(files.keySet()).containsExactly("edit.txt", "keep.txt", "new.md");
            assertThat(files.get("edit.txt").passages()).isEqualTo(2);
            assertThat(files.get("keep.txt").documentId()).isEqualTo(keptId);
            assertThat(index.passageCount()).isEqualTo(4);
            assertThat(index.termStats("pear").docFreq()).isZero();
            assertThat(index.termStats("plum").docFreq()).isZero();
            assertThat(index.termStats("quinc").docFreq()).isEqualTo(1);

            IndexSyncReport third = indexer.sync(corpus);
            assertThat(third.modified()).isFalse();
            assertThat(third.unchanged()).isEqualTo(3);
        }
    }

    @Test
    void theNextSyncsListingIsHandedOverOnceBeforeAnythingIsIndexed() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Listed paragraph about apples.");
        Files.writeString(corpus.resolve("b.md"), "Listed paragraph about pears.");
        try (PassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            CorpusIndexer indexer = new CorpusIndexer(reader, index);
            List<List<String>> handed = new ArrayList<>();
            List<Integer> passagesThen = new ArrayList<>();
            indexer.onNextListing(files -> {
                handed.add(files.stream().map(CorpusFile::path).toList());
                passagesThen.add(index.passageCount());
            });

            indexer.sync(corpus);
            Files.writeString(corpus.resolve("c.txt"), "A later paragraph about plums.");
            indexer.sync(corpus);

            assertThat(handed).containsExactly(List.of("a.txt", "b.md"));
            assertThat(passagesThen).containsExactly(0);
        }
    }

    @Test
    void theIndexSurvivesARestartAndAnUnchangedCorpusIsNotRewritten() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Persistent paragraph. (citation: the archive)");
        try (PassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            new CorpusIndexer(reader, index).sync(corpus);
        }

        try (PassageIndex reopened = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            assertThat(reopened.passageCount()).isEqualTo(1);
            IndexSyncReport report = new CorpusIndexer(reader, reopened).sync(corpus);
            assertThat(report.modified()).isFalse();
            assertThat(reopened.passagesOf(reopened.files().get("a.txt").documentId()))
                    .singleElement()
                    .satisfies(p -> assertThat(p.source()).isEqualTo("the archive"));
        }
    }

    @Test
    void aFileThatBecomesUnreadableKeepsItsIndexedPassages() throws Exception {
        Path file = corpus.resolve("a.txt");
        Files.writeString(file, "Valid paragraph about bridges.");
        try (PassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            CorpusIndexer indexer = new CorpusIndexer(reader, index);
            indexer.sync(corpus);

            Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xC3});
            IndexSyncReport report = indexer.sync(corpus);

            assertThat(report.skipped()).containsExactly("a.txt");
            assertThat(report.removed()).isEmpty();
            assertThat(index.termStats("bridg").docFreq()).isEqualTo(1);
        }
    }

    @Test
    void anIndexWrittenWithAnotherSchemaIsRebuilt() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Some text.");
        try (PassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            new CorpusIndexer(reader, index).sync(corpus);
        }
        // Simulate an index from an older release: same folder, different schema marker.
        try (var dir = org.apache.lucene.store.FSDirectory.open(indexDir);
             var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig(new FootnoteAnalyzer()))) {
            writer.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, "0").entrySet());
            writer.commit();
        }

        try (PassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            assertThat(index.passageCount()).isZero();
            assertThat(new CorpusIndexer(reader, index).sync(corpus).added()).containsExactly("a.txt");
        }
    }

    @Test
    void aFailureMidwayThroughAnUpdateLeavesThePreviousCommitSearchable() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Original text about harbours.");
        try (PassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            new CorpusIndexer(reader, index).sync(corpus);

            dev.footnote.corpus.Document edited = reader.toDocument("a.txt", "Edited text about lighthouses.".getBytes());
            // Lucene refuses a term over 32,766 bytes: the second document fails after the first was written.
            String hugeId = "x".repeat(40_000);
            dev.footnote.corpus.Document broken = new dev.footnote.corpus.Document("broken", "broken.txt", "hash",
                    java.util.List.of(new dev.footnote.corpus.Passage(hugeId, "broken", 0, "Broken text.", null)));
            IndexChanges changes = new IndexChanges(
                    java.util.List.of(new IndexChanges.Replacement(edited), new IndexChanges.Replacement(broken)), java.util.List.of());

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.apply(changes)).isInstanceOf(IllegalArgumentException.class);
            assertThat(index.termStats("harbour").docFreq()).isEqualTo(1);
        }

        try (PassageIndex reopened = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            assertThat(reopened.passageCount()).isEqualTo(1);
            assertThat(reopened.termStats("harbour").docFreq()).isEqualTo(1);
            assertThat(reopened.termStats("lighthous").docFreq()).isZero();
        }
    }

    @Test
    void anEmptyFileIsSkippedAndNeverReportedAsAdded() throws Exception {
        Files.writeString(corpus.resolve("empty.txt"), "");
        Files.writeString(corpus.resolve("full.txt"), "Some text about owls.");
        try (PassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            CorpusIndexer indexer = new CorpusIndexer(reader, index);
            IndexSyncReport first = indexer.sync(corpus);
            IndexSyncReport second = indexer.sync(corpus);

            assertThat(first.added()).containsExactly("full.txt");
            assertThat(first.skipped()).containsExactly("empty.txt");
            assertThat(second.added()).isEmpty();
            assertThat(second.modified()).isFalse();
        }
    }

    @Test
    void anRtfWithNoReadableTextIsSkippedForWhatHappenedNotForWantingOcr() throws Exception {
        // Text only inside nested groups: Tika's RTF reader takes them for destinations and reads nothing.
        Files.writeString(corpus.resolve("nested.rtf"), "{\\rtf1\\ansi " + "{".repeat(200) + "Deep words." + "}".repeat(200) + "}");
        try (PassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            CorpusIndexer indexer = new CorpusIndexer(reader, index);
            indexer.sync(corpus);

            String reason = indexer.statuses().all().get(0).reason();
            assertThat(reason).contains("rtf parser found no readable text").doesNotContain("PDF").doesNotContain("OCR");
        }
    }

    @Test
    void documentsAreCommittedInBatchesSoAStoppedSyncKeepsTheWorkDone() throws Exception {
        for (int i = 0; i < 4; i++) {
            Files.writeString(corpus.resolve("doc" + i + ".txt"), "Paragraph " + i + " about herons.\n\nAnother about egrets " + i + ".");
        }
        try (PassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            CorpusIndexer indexer = new CorpusIndexer(reader, index, new DocumentStatuses(),
                    new IndexProgress(java.time.Duration.ofSeconds(10)), 2);
            int[] checks = {0};
            // Stop before the third document, as a shutdown would: the first two were committed one by one.
            IndexSyncReport stopped = indexer.sync(corpus, () -> checks[0]++ >= 2);

            assertThat(index.files().keySet()).containsExactly("doc0.txt", "doc1.txt");
            assertThat(stopped.added()).containsExactly("doc0.txt", "doc1.txt");

            IndexSyncReport resumed = indexer.sync(corpus);
            assertThat(resumed.added()).containsExactly("doc2.txt", "doc3.txt");
            assertThat(resumed.unchanged()).isEqualTo(2);
            assertThat(index.passageCount()).isEqualTo(8);
        }
    }

    @Test
    void aSyncWhoseBatchesGoByQuicklyCommitsInGrowingBatches() throws Exception {
        for (int i = 0; i < 16; i++) {
            Files.writeString(corpus.resolve("doc" + (char) ('a' + i) + ".txt"), "Paragraph " + i + " about herons.\n\nAnother about egrets " + i + ".");
        }
        try (PassageIndex backend = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            java.util.List<Integer> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
            PassageIndex counted = new PassageIndexDelegate(backend) {
                @Override
                public Prepared prepare(IndexChanges changes) {
                    batches.add(changes.replacements().stream().mapToInt(r -> r.document().passages().size()).sum());
                    return backend().prepare(changes);
                }
            };
            // Every batch of this small corpus goes by within the hour: each makes the next twice as large, up to 8.
            CorpusIndexer indexer = new CorpusIndexer(reader, counted, new DocumentStatuses(),
                    new IndexProgress(java.time.Duration.ofSeconds(10)), BatchSize.paced(2, 8, java.time.Duration.ofHours(1)),
                    new PendingRemovals(), Exclusions.inMemory());

            indexer.sync(corpus);

            assertThat(batches).containsExactly(2, 2, 4, 8, 8, 8);
            assertThat(backend.passageCount()).isEqualTo(32);
        }
    }
}
