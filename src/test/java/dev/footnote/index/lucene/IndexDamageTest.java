package dev.footnote.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.index.CorruptIndexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.outage.IndexUnavailableException;

/**
 * A damaged index file (a disk fault, a copy cut short) never leaves the server answering internal errors or unable to
 * start: a read that meets the damage refuses that read and every later one as unavailable and marks the folder, and
 * the next open rebuilds the index, from which a sync of the corpus brings every passage back. Damage the open itself
 * meets (a file cut short or missing) is rebuilt at once.
 */
class IndexDamageTest {

    @TempDir
    Path corpus;

    @TempDir
    Path indexDir;

    private int indexCorpus() throws Exception {
        Files.writeString(corpus.resolve("herons.txt"), "Herons wade in the shallows.\n\nEgrets nest in the reeds.");
        Files.writeString(corpus.resolve("owls.txt"), "Owls hunt at night.");
        try (LucenePassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
            return index.passageCount();
        }
    }

    @Test
    void aReadThatMeetsDamageRefusesEveryReadUntilTheNextOpenRebuildsTheIndex() throws Exception {
        int passages = indexCorpus();
        try (LucenePassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            assertThat(index.unavailable()).isEmpty();
            // What Lucene throws when a checksum or a length in a file is wrong, met in the middle of a read.
            assertThatThrownBy(() -> index.withSearcher(searcher -> {
                throw new CorruptIndexException("Illegal dict length", "_0.fdt");
            })).isInstanceOf(IndexUnavailableException.class).hasMessageContaining("restart Footnote to rebuild it from the corpus");

            assertThatThrownBy(index::passageCount).isInstanceOf(IndexUnavailableException.class);
            assertThatThrownBy(() -> index.bm25(List.of("owl"), 0.3f, 10)).isInstanceOf(IndexUnavailableException.class);
            assertThat(index.unavailable()).hasValueSatisfying(why -> assertThat(why).contains("damaged").doesNotContain(indexDir.toString()));
            assertThat(indexDir.resolve(IndexDamage.MARKER)).exists();
        }

        try (LucenePassageIndex rebuilt = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            assertThat(rebuilt.unavailable()).isEmpty();
            assertThat(rebuilt.passageCount()).isZero();
            assertThat(indexDir.resolve(IndexDamage.MARKER)).doesNotExist();
            new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), rebuilt).sync(corpus);
            assertThat(rebuilt.passageCount()).isEqualTo(passages);
            assertThat(rebuilt.bm25(List.of("owl"), 0.3f, 10)).hasSize(1);
        }
    }

    @Test
    void anOtherErrorOfARead_isNotTakenForDamage() throws Exception {
        indexCorpus();
        try (LucenePassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            assertThatThrownBy(() -> index.withSearcher(searcher -> {
                throw new IllegalArgumentException("a bad query");
            })).isInstanceOf(IllegalArgumentException.class);
            assertThat(index.unavailable()).isEmpty();
            assertThat(index.passageCount()).isPositive();
            assertThat(indexDir.resolve(IndexDamage.MARKER)).doesNotExist();
        }
    }

    @Test
    void aFileCutShortOrMissingAtOpenIsRebuiltFromTheCorpus() throws Exception {
        int passages = indexCorpus();
        Files.writeString(indexDir.resolve("notes.txt"), "not the index's: a rebuild leaves it alone");
        Path segmentFile = segmentFiles().stream().filter(f -> f.toString().endsWith(".cfs")).findFirst().orElseThrow();
        try (var channel = java.nio.channels.FileChannel.open(segmentFile, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(segmentFile) / 2);
        }
        reopenAndResync(passages);

        Files.delete(segmentFiles().stream().filter(f -> f.toString().endsWith(".si")).findFirst().orElseThrow());
        reopenAndResync(passages);
        assertThat(indexDir.resolve("notes.txt")).hasContent("not the index's: a rebuild leaves it alone");
    }

    private void reopenAndResync(int passages) throws Exception {
        try (LucenePassageIndex rebuilt = PassageIndex.open(indexDir, new FootnoteAnalyzer())) {
            assertThat(rebuilt.passageCount()).isZero();
            new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), rebuilt).sync(corpus);
            assertThat(rebuilt.passageCount()).isEqualTo(passages);
        }
    }

    private List<Path> segmentFiles() throws Exception {
        try (Stream<Path> files = Files.list(indexDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("_")).sorted().toList();
        }
    }
}
