package dev.footnote.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.DocumentRecordsContract;
import dev.footnote.index.Exclusions;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageIndex;

/** The document and exclusion records on the Lucene backend; a rebuild (another schema or model) keeps the exclusions. */
class LuceneDocumentRecordsTest extends DocumentRecordsContract {

    @Override
    protected PassageIndex open() {
        return PassageIndex.open(tmp.resolve("index"), new FootnoteAnalyzer());
    }

    @Override
    protected void close(PassageIndex index) throws IOException {
        index.close();
    }

    @Test
    void anIndexRebuiltForAnotherSchemaKeepsItsExclusions() throws Exception {
        Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(tmp.resolve("corpus/a.txt"), "Kestrels hover over the verge.");
        Files.writeString(tmp.resolve("corpus/b.txt"), "Buzzards circle above the hill.");
        try (PassageIndex index = open()) {
            new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(tmp.resolve("corpus"));
            Exclusions.keptBy(index).exclude("b.txt");
        }
        try (var dir = FSDirectory.open(tmp.resolve("index"));
             var writer = new IndexWriter(dir, new IndexWriterConfig(new FootnoteAnalyzer()))) {
            writer.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, "0").entrySet());
            writer.commit();
        }

        try (PassageIndex rebuilt = open()) {
            assertThat(rebuilt.passageCount()).as("rebuilt from nothing").isZero();
            assertThat(rebuilt.exclusions()).containsExactly("b.txt");
            assertThat(new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), rebuilt, new dev.footnote.index.DocumentStatuses(),
                    new dev.footnote.index.IndexProgress(java.time.Duration.ofMinutes(1)), 512, new dev.footnote.index.PendingRemovals(),
                    Exclusions.keptBy(rebuilt)).sync(tmp.resolve("corpus")).added()).containsExactly("a.txt");
        }
        try (PassageIndex reopened = open()) {
            assertThat(reopened.exclusions()).as("committed with the rebuilt index's first commit").containsExactly("b.txt");
            assertThat(reopened.documentCount()).isEqualTo(1);
            assertThat(reopened.passageCount()).isEqualTo(1);
        }
    }
}
