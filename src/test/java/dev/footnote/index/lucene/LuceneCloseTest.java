package dev.footnote.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.Exclusions;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;

/** Closing rolls the writer back instead of waiting for merges: everything written was committed, and stays. */
class LuceneCloseTest {

    @TempDir
    Path tmp;

    @Test
    void everyWriteSurvivesAClose() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(corpus.resolve("f" + i + ".txt"), "Kestrel number " + i + " hovers over the verge at dawn.");
        }
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"), new FootnoteAnalyzer())) {
            // Many small commits, so that merges are due when the index closes.
            CorpusIndexer indexer = new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index,
                    new dev.footnote.index.DocumentStatuses(), new dev.footnote.index.IndexProgress(java.time.Duration.ofMinutes(1)),
                    1, new dev.footnote.index.PendingRemovals(), Exclusions.keptBy(index));
            indexer.sync(corpus);
            Exclusions.keptBy(index).exclude("f3.txt");
        }
        try (PassageIndex reopened = PassageIndex.open(tmp.resolve("index"), new FootnoteAnalyzer())) {
            // The exclusion took f3.txt's passages and record out in its own commit.
            assertThat(reopened.documentCount()).isEqualTo(29);
            assertThat(reopened.passageCount()).isEqualTo(29);
            assertThat(reopened.exclusions()).containsExactly("f3.txt");
        }
    }
}
