package dev.footnote.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.search.FieldExistsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageIndex;

/** Each file has one record beside its passages: the file list reads the records, and a record is never a passage. */
class DocumentRecordsTest {

    @TempDir
    Path corpus;

    @TempDir
    Path indexDir;

    @Test
    void theFileListReadsOneRecordPerFileWrittenAndRemovedWithItsPassages() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Herons wade in the shallows.\n\nEgrets nest in the reeds.");
        Files.writeString(corpus.resolve("b.txt"), "Owls hunt at night.");
        try (LucenePassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            CorpusIndexer indexer = new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index);
            indexer.sync(corpus);

            assertThat(index.<Integer>withSearcher(s -> s.count(new FieldExistsQuery(IndexFields.FILE_ID)))).isEqualTo(2);
            assertThat(index.files()).containsOnlyKeys("a.txt", "b.txt");
            int passagesOfA = index.files().get("a.txt").passages();
            assertThat(passagesOfA).isEqualTo(index.passagesOf(index.files().get("a.txt").documentId()).size());
            assertThat(index.passageCount()).isEqualTo(passagesOfA + 1);
            assertThat(index.termStats("owl").docCount()).isEqualTo(passagesOfA + 1);
            assertThat(index.extracts()).hasSize(passagesOfA + 1);

            Files.delete(corpus.resolve("b.txt"));
            indexer.sync(corpus);
            assertThat(index.files()).containsOnlyKeys("a.txt");
            assertThat(index.<Integer>withSearcher(s -> s.count(new FieldExistsQuery(IndexFields.FILE_ID)))).isEqualTo(1);
            assertThat(index.passageCount()).isEqualTo(passagesOfA);
            assertThat(index.extracts()).hasSize(passagesOfA);
        }
    }
}
