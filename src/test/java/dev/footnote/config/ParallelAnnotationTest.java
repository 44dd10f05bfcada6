package dev.footnote.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Document;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.BatchAnnotations;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.PassageAnnotator;
import dev.footnote.index.PassageIndex;
import dev.footnote.positions.actors.ActorExtractor;
import dev.footnote.positions.actors.ActorsFile;
import dev.footnote.positions.actors.AnnotatedPassage;
import dev.footnote.positions.actors.SeedCorpus;

/**
 * The documents of a batch may be annotated side by side (on more than two cores) while the batch is embedded: the
 * extracts, and so what the index stores, are those of annotating them one after another.
 */
class ParallelAnnotationTest {

    /** Three annotators, whatever the machine: side by side even where the server would use one. */
    private static ExecutorService threads;

    @BeforeAll
    static void threads() {
        threads = Executors.newFixedThreadPool(3);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    private static final CorpusReader READER = new CorpusReader(new PassageSplitter(250));

    /** The seed corpus's files, each under as many paths as copies: a batch of several documents with speakers. */
    private static List<Document> documents(int copies) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SeedCorpus.CORPUS)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Document> documents = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            for (Path f : files) {
                documents.add(READER.toDocument("copy-" + k + "/" + SeedCorpus.CORPUS.relativize(f), Files.readAllBytes(f)));
            }
        }
        return documents;
    }

    private static IndexChanges replacing(List<Document> documents) {
        return new IndexChanges(documents.stream().map(d -> new IndexChanges.Replacement(d, null)).toList(), List.of());
    }

    @Test
    void aBatchAnnotatedSideBySideGivesWhatOneDocumentAfterAnotherGave() throws Exception {
        PassageAnnotator annotator = StoredActorExtracts.annotator(new ActorExtractor(new ActorsFile(SeedCorpus.ACTORS_FILE)));
        List<Document> documents = documents(6);
        Map<String, Map<String, PassageAnnotator.Annotation>> oneByOne = new HashMap<>();
        documents.forEach(d -> oneByOne.put(d.id(), annotator.annotate(d)));
        // Not a comparison of empty extracts: the seed corpus has speakers.
        assertThat(oneByOne.values()).anySatisfy(a -> assertThat(a.values()).anySatisfy(p -> assertThat(p.actors()).isNotEmpty()));

        BatchAnnotations sideBySide = BatchAnnotations.start(annotator, replacing(documents), threads);
        for (Document d : documents) {
            assertThat(sideBySide.of(d)).as(d.path()).isEqualTo(oneByOne.get(d.id()));
        }
    }

    @Test
    void anAnnotatorPerCoreOnTwoOneFewerThanTheCoresBeyond() {
        assertThat(BatchAnnotations.threadsFor(1)).isEqualTo(1);
        assertThat(BatchAnnotations.threadsFor(2)).isEqualTo(2);
        assertThat(BatchAnnotations.threadsFor(4)).isEqualTo(3);
    }

    @Test
    void theIndexStoresTheExtractsOfOneDocumentAfterAnother(@TempDir Path dir) throws Exception {
        ActorExtractor extractor = new ActorExtractor(new ActorsFile(SeedCorpus.ACTORS_FILE));
        PassageAnnotator annotator = StoredActorExtracts.annotator(extractor);
        Path corpus = dir.resolve("corpus");
        for (Document d : documents(4)) {
            Path file = corpus.resolve(d.path());
            Files.createDirectories(file.getParent());
            Files.copy(SeedCorpus.CORPUS.resolve(d.path().substring(d.path().indexOf('/') + 1)), file);
        }
        Map<String, String> expected = new HashMap<>();
        READER.read(corpus).documents().forEach(d -> annotator.annotate(d).forEach((id, a) -> expected.put(id, a.statements())));

        try (var index = PassageIndex.open(dir.resolve("index"), new FootnoteAnalyzer())) {
            index.annotateWith(annotator);
            // Batches of a few passages: several batches, each of several documents, annotated while others are written.
            new CorpusIndexer(READER, index, new dev.footnote.index.DocumentStatuses(),
                    new dev.footnote.index.IndexProgress(java.time.Duration.ofSeconds(10)), 3).sync(corpus);
            List<AnnotatedPassage> stored = StoredActorExtracts.read(index);
            assertThat(stored).hasSize(expected.size());
            stored.forEach(p -> assertThat(p.extract()).as(p.passage().id()).isEqualTo(expected.get(p.passage().id())));
        }
    }

    @Test
    void theDocumentsOfABatchAreAnnotatedAtTheSameTime() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<Boolean> met = java.util.Collections.synchronizedList(new ArrayList<>());
        PassageAnnotator waitsForTheOther = document -> {
            bothStarted.countDown();
            try {
                met.add(bothStarted.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Map.of();
        };
        List<Document> documents = documents(2);
        BatchAnnotations annotations = BatchAnnotations.start(waitsForTheOther, replacing(documents), threads);
        documents.forEach(annotations::of);
        assertThat(met).containsExactly(true, true);
    }

    @Test
    void aFailureIsTheFirstFailingDocumentsAsItWasThrown() throws Exception {
        List<Document> documents = documents(3);
        IllegalStateException second = new IllegalStateException("the second document");
        PassageAnnotator failing = document -> {
            if (document.id().equals(documents.get(1).id())) {
                throw second;
            }
            if (document.id().equals(documents.get(2).id())) {
                throw new IllegalArgumentException("the third document");
            }
            return Map.of();
        };
        BatchAnnotations annotations = BatchAnnotations.start(failing, replacing(documents), threads);
        assertThatThrownBy(() -> annotations.of(documents.get(0))).isSameAs(second);
    }
}
