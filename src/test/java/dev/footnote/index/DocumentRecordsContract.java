package dev.footnote.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.corpus.StableIds;

/**
 * What every backend of the seam keeps in its records, proven on each ({@code LuceneDocumentRecordsTest},
 * {@code SolrDocumentRecordsTest}): an exclusion is a record that outlives a restart (the backend opened again on
 * the same storage) and a change of the file on disk; a list kept beside the index by an older version is moved
 * into records once; a restart reads only the files whose size or time changed.
 */
public abstract class DocumentRecordsContract {

    @TempDir
    protected Path tmp;

    private final CorpusReader reader = new CorpusReader(new PassageSplitter(250));

    /** The backend on this test's storage; called again after {@link #close}, it is the same index after a restart. */
    protected abstract PassageIndex open() throws IOException;

    protected abstract void close(PassageIndex index) throws IOException;

    /** A process of the app over the index: its exclusions read from the records, the visible index, the indexer. */
    private record App(PassageIndex backend, Exclusions exclusions, CorpusIndexer indexer) {
    }

    private App start() throws IOException {
        PassageIndex backend = open();
        Exclusions exclusions = Exclusions.keptBy(backend);
        PendingRemovals removals = new PendingRemovals();
        VisibleIndex visible = new VisibleIndex(backend, removals, exclusions);
        return new App(backend, exclusions, new CorpusIndexer(reader, visible, new DocumentStatuses(),
                new IndexProgress(Duration.ofMinutes(1)), 512, removals, exclusions));
    }

    private List<String> texts(PassageIndex index, String documentId) {
        return index.passagesOf(documentId).stream().map(Passage::text).toList();
    }

    @Test
    void anExclusionIsARecordThatOutlivesARestartAndAChangeOfTheFile() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus/notes"));
        Files.writeString(corpus.resolve("lighthouse.txt"), "The Tarnwick lighthouse was painted ochre in 1911.\n");
        Files.writeString(corpus.resolve("ferry.txt"), "The Dunmere ferry carries forty cars every hour.\n");
        String lighthouse = StableIds.documentId("notes/lighthouse.txt");

        App first = start();
        first.indexer().sync(tmp.resolve("corpus"));
        assertThat(first.backend().documentCount()).isEqualTo(2);
        assertThat(first.exclusions().exclude("notes/lighthouse.txt")).isTrue();
        assertThat(first.exclusions().exclude("notes/lighthouse.txt")).as("already excluded").isFalse();
        // One commit: the exclusion record in, the file's passages and document record out.
        assertThat(first.backend().exclusions()).containsExactly("notes/lighthouse.txt");
        assertThat(first.backend().file(lighthouse)).isEmpty();
        assertThat(first.backend().passagesOf(lighthouse)).isEmpty();
        assertThat(first.backend().documentCount()).isEqualTo(1);
        assertThat(first.backend().passageCount()).isEqualTo(1);
        close(first.backend());

        Files.writeString(corpus.resolve("lighthouse.txt"), "The Tarnwick lighthouse was painted grey in 1960, then ochre again.\n");
        App restarted = start();
        assertThat(restarted.exclusions().contains(lighthouse)).as("read back from the records").isTrue();
        IndexSyncReport report = restarted.indexer().sync(tmp.resolve("corpus"));
        assertThat(report.added()).isEmpty();
        assertThat(report.changed()).isEmpty();
        assertThat(restarted.backend().passagesOf(lighthouse)).as("changed on disk, still excluded").isEmpty();
        assertThat(restarted.indexer().statuses().get(lighthouse)).hasValueSatisfying(s -> assertThat(s.state().label()).isEqualTo("excluded"));

        assertThat(restarted.exclusions().include(lighthouse)).hasValue("notes/lighthouse.txt");
        assertThat(restarted.backend().exclusions()).isEmpty();
        assertThat(restarted.indexer().sync(tmp.resolve("corpus")).added()).containsExactly("notes/lighthouse.txt");
        assertThat(texts(restarted.backend(), lighthouse)).containsExactly("The Tarnwick lighthouse was painted grey in 1960, then ochre again.");
        close(restarted.backend());

        App third = start();
        assertThat(third.exclusions().isEmpty()).as("the inclusion outlives a restart too").isTrue();
        close(third.backend());
    }

    @Test
    void aListKeptBesideTheIndexByAnOlderVersionIsMovedIntoRecordsOnce() throws IOException {
        Path indexDir = tmp.resolve("index");
        Path sideFile = tmp.resolve("index.excluded");
        Files.writeString(sideFile, "notes/a.txt\n\nnotes/b.txt\n");

        App first = start();
        assertThat(first.exclusions().migrateSideFile(indexDir)).isEqualTo(2);
        assertThat(sideFile).doesNotExist();
        assertThat(first.backend().exclusions()).isEqualTo(Set.of("notes/a.txt", "notes/b.txt"));
        assertThat(first.exclusions().migrateSideFile(indexDir)).as("once").isZero();
        close(first.backend());

        App restarted = start();
        assertThat(restarted.exclusions().paths()).isEqualTo(Set.of("notes/a.txt", "notes/b.txt"));
        close(restarted.backend());
    }

    @Test
    void aRestartReadsOnlyTheFilesWhoseSizeOrTimeChanged() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        Path herons = Files.writeString(corpus.resolve("herons.txt"), "Herons wade in the shallows.\n");
        Path owls = Files.writeString(corpus.resolve("owls.txt"), "Owls hunt at night.\n");
        Files.setLastModifiedTime(herons, hourAgo);
        Files.setLastModifiedTime(owls, hourAgo);

        App first = start();
        Path fresh = Files.writeString(corpus.resolve("fresh.txt"), "Swifts sleep on the wing.\n");
        first.indexer().sync(corpus);
        IndexedFile indexed = first.backend().file(StableIds.documentId("herons.txt")).orElseThrow();
        assertThat(indexed.stamp()).isEqualTo(new FileStamp(Files.size(herons), hourAgo.toMillis()));
        assertThat(first.backend().file(StableIds.documentId("fresh.txt")).orElseThrow().stamp())
                .as("modified a moment ago: its time may not tell a second change, so it is hashed next time").isEqualTo(FileStamp.UNKNOWN);
        close(first.backend());

        // Same size and time, other content: trusted by its stamp, so not read (had it been hashed, it would be "changed").
        Files.writeString(herons, "Egrets wade in the shallows.\n");
        Files.setLastModifiedTime(herons, hourAgo);
        // Touched, same content: read and hashed, found unchanged, and its record takes the new time.
        FileTime minuteAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(owls, minuteAgo);
        Files.setLastModifiedTime(fresh, minuteAgo);

        App restarted = start();
        IndexSyncReport report = restarted.indexer().sync(corpus);
        assertThat(report.modified()).isFalse();
        assertThat(texts(restarted.backend(), StableIds.documentId("herons.txt"))).containsExactly("Herons wade in the shallows.");
        assertThat(restarted.backend().file(StableIds.documentId("owls.txt")).orElseThrow().stamp().modifiedMillis())
                .isEqualTo(minuteAgo.toMillis());
        assertThat(restarted.backend().file(StableIds.documentId("fresh.txt")).orElseThrow().stamp().known()).isTrue();

        // The time moves: the file is read, and its new content indexed.
        Files.setLastModifiedTime(herons, minuteAgo);
        assertThat(restarted.indexer().sync(corpus).changed()).containsExactly("herons.txt");
        assertThat(texts(restarted.backend(), StableIds.documentId("herons.txt"))).containsExactly("Egrets wade in the shallows.");
        close(restarted.backend());
    }

    /** Summarises each document by its first passage, and names its file as the one speaker of each passage. */
    private static final class FirstPassageSummaries implements PassageAnnotator {

        @Override
        public java.util.Map<String, Annotation> annotate(dev.footnote.corpus.Document document) {
            java.util.Map<String, Annotation> annotations = new java.util.HashMap<>();
            document.passages().forEach(p -> annotations.put(p.id(), new Annotation(List.of(document.path()), "extract " + p.ordinal())));
            return annotations;
        }

        @Override
        public Summary summarise(dev.footnote.corpus.Document document, java.util.Map<String, Annotation> annotations) {
            String first = document.passages().get(0).text();
            // A document about nothing has an empty summary: kept (it is summarised) but never read.
            return new Summary("k1", first.startsWith("Nothing") ? "" : first + " (" + annotations.size() + ")");
        }
    }

    @Test
    void aDocumentSummaryIsKeptBesideItsRecordReplacedAndDeletedWithIt() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("b-owls.txt"), "Owls hunt at night.\n\nThey hear mice under snow.\n");
        Files.writeString(corpus.resolve("a-herons.txt"), "Herons wade in the shallows.\n");
        Files.writeString(corpus.resolve("c-empty.txt"), "Nothing to say here.\n");
        String owls = StableIds.documentId("b-owls.txt");

        App first = start();
        first.backend().annotateWith(new FirstPassageSummaries());
        first.indexer().sync(corpus);
        assertThat(first.backend().summaries("k1")).extracting(PassageIndex.DocumentSummary::text)
                .containsExactly("Herons wade in the shallows. (1)", "Owls hunt at night. (2)");
        assertThat(first.backend().summaries("k1")).extracting(PassageIndex.DocumentSummary::documentId)
                .containsExactly(StableIds.documentId("a-herons.txt"), owls);
        assertThat(first.backend().unsummarised("k1")).isEmpty();
        assertThat(first.backend().unsummarised("k2")).containsEntry(owls, "b-owls.txt").hasSize(3);
        // Summaries are no passages and no documents.
        assertThat(first.backend().passageCount()).isEqualTo(4);
        assertThat(first.backend().documentCount()).isEqualTo(3);
        // The extracts a request selects: by passage, by document, by a name indexed as a speaker; in path order.
        assertThat(first.backend().extracts(List.of(), List.of(owls), List.of())).extracting(PassageIndex.Extract::statements)
                .containsExactly("extract 0", "extract 1");
        assertThat(first.backend().extracts(List.of(), List.of(), List.of("a-herons.txt", "c-empty.txt")))
                .extracting(e -> e.passage().text()).containsExactly("Herons wade in the shallows.", "Nothing to say here.");
        String herons = first.backend().passagesOf(StableIds.documentId("a-herons.txt")).get(0).id();
        assertThat(first.backend().extracts(List.of(herons), List.of(owls), List.of())).hasSize(3);
        close(first.backend());

        Files.writeString(corpus.resolve("b-owls.txt"), "Owls sleep by day.\n");
        Files.delete(corpus.resolve("a-herons.txt"));
        App restarted = start();
        restarted.backend().annotateWith(new FirstPassageSummaries());
        restarted.indexer().sync(corpus);
        assertThat(restarted.backend().summaries("k1")).extracting(PassageIndex.DocumentSummary::text)
                .containsExactly("Owls sleep by day. (1)");
        assertThat(restarted.backend().unsummarised("k1")).isEmpty();
        assertThat(restarted.backend().passageCount()).isEqualTo(2);
        assertThat(restarted.backend().documentCount()).isEqualTo(2);
        close(restarted.backend());
    }
}
