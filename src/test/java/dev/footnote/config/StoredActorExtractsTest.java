package dev.footnote.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.CountingIndex;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageIndex;
import dev.footnote.positions.PositionsService;
import dev.footnote.positions.PositionsSettings;
import dev.footnote.positions.actors.Actor;
import dev.footnote.positions.actors.ActorCatalog;
import dev.footnote.positions.actors.ActorCatalogs;
import dev.footnote.positions.actors.ActorExtractor;
import dev.footnote.positions.actors.ActorStore;
import dev.footnote.positions.actors.ActorsFile;
import dev.footnote.positions.actors.AnnotatedPassage;
import dev.footnote.positions.actors.SeedCorpus;
import dev.footnote.retrieval.Bm25Retriever;
import dev.footnote.retrieval.PassageCatalog;

/**
 * Actors are extracted when a passage is indexed, stored with it, summarised per document, and the catalog is made
 * from the summaries: a request reads the statements it needs, never every passage.
 */
class StoredActorExtractsTest {

    private static final PositionsSettings SETTINGS =
            new PositionsSettings(500, 10, 200, 50, 0.5, 3, 0.5, 8, 6, 2, 0.2, 0.5, 200, 0.6);

    private static dev.footnote.index.lucene.LucenePassageIndex indexed(Path dir, Path corpus, ActorExtractor extractor) {
        var index = PassageIndex.open(dir, new FootnoteAnalyzer());
        index.annotateWith(StoredActorExtracts.annotator(extractor));
        new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
        return index;
    }

    @Test
    void extractsAreStoredAtIndexingAndTheCatalogIsMadeFromTheDocumentSummaries(@TempDir Path dir) throws Exception {
        ActorExtractor extractor = new ActorExtractor(new ActorsFile(SeedCorpus.ACTORS_FILE));
        try (var index = indexed(dir, SeedCorpus.CORPUS, extractor)) {
            List<AnnotatedPassage> stored = StoredActorExtracts.read(index);
            assertThat(stored).hasSize(4).allSatisfy(p -> assertThat(p.extract()).startsWith("K\t" + extractor.key()));
            // The actor field is a filter and a count over actors: one term per speaking actor.
            assertThat(index.search(new TermQuery(new Term(IndexFields.ACTOR, "Aleksandar Vucic")), 10)).hasSize(1);
            assertThat(index.search(new TermQuery(new Term(IndexFields.ACTOR, "United States")), 10)).hasSize(2);
            // One summary per speaking document, none missing; summaries are no passages.
            assertThat(index.summaries(extractor.key())).isNotEmpty();
            assertThat(index.unsummarised(extractor.key())).isEmpty();
            assertThat(index.passageCount()).isEqualTo(4);

            ActorCatalog fromIndex = ActorCatalogs.stored(StoredActorExtracts.store(index), extractor).current();
            ActorCatalog inMemory = SeedCorpus.catalog();
            assertThat(fromIndex.actors()).extracting(Actor::name)
                    .containsExactly("United States", "European Union", "Serbia", "Milos Vucevic", "Aleksandar Vucic");
            assertThat(fromIndex.actors()).isEqualTo(inMemory.actors());
            assertThat(fromIndex.statements()).isEqualTo(inMemory.statements());
            for (Actor a : inMemory.actors()) {
                assertThat(fromIndex.statementsOf(a.name())).as(a.name()).isEqualTo(inMemory.statementsOf(a.name()));
                assertThat(fromIndex.statementCount(a.name())).as(a.name()).isEqualTo(inMemory.statementsOf(a.name()).size());
            }
        }
    }

    @Test
    void whetherTheCorpusNamesSomeoneIsSearchedNotReadFromItsWholeText(@TempDir Path dir) throws Exception {
        ActorExtractor extractor = new ActorExtractor(new ActorsFile(SeedCorpus.ACTORS_FILE));
        try (var index = indexed(dir, SeedCorpus.CORPUS, extractor)) {
            List<String> searched = new ArrayList<>();
            ActorStore store = StoredActorExtracts.store(index);
            ActorCatalog catalog = ActorCatalogs.stored(new ActorStoreDelegate(store) {
                @Override
                public List<dev.footnote.corpus.Passage> search(String name) {
                    searched.add(name);
                    return super.search(name);
                }
            }, extractor).current();

            assertThat(catalog.mentioned("TASS")).isTrue();         // named, makes no statement
            assertThat(catalog.mentioned("Vladimir Putin")).isFalse();
            assertThat(catalog.mentioned("Balkans")).isTrue();      // in the text only by a word the search finds
            assertThat(searched).contains("TASS", "Vladimir Putin", "Balkans");
            ActorCatalog inMemory = SeedCorpus.catalog();
            for (String name : List.of("TASS", "Vladimir Putin", "Balkans", "Kosovo", "Beijing")) {
                assertThat(catalog.mentioned(name)).as(name).isEqualTo(inMemory.mentioned(name));
            }
        }
    }

    @Test
    void aDocumentWithoutSummaryOrWithAStaleExtractIsMadeAgainInMemory(@TempDir Path dir) throws Exception {
        ActorExtractor extractor = new ActorExtractor(new ActorsFile(SeedCorpus.ACTORS_FILE));
        try (var index = PassageIndex.open(dir, new FootnoteAnalyzer())) {
            new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(SeedCorpus.CORPUS);
            // Indexed without an annotator: nothing stored, no summary, so the catalog extracts in memory.
            assertThat(StoredActorExtracts.read(index)).allSatisfy(p -> assertThat(p.extract()).isNull());
            assertThat(index.unsummarised(extractor.key())).hasSize(index.documentCount());
            ActorCatalog catalog = ActorCatalogs.stored(StoredActorExtracts.store(index), extractor).current();
            ActorCatalog inMemory = SeedCorpus.catalog();
            assertThat(catalog.actors()).extracting(Actor::name)
                    .containsExactly("United States", "European Union", "Serbia", "Milos Vucevic", "Aleksandar Vucic");
            assertThat(catalog.statementsOf("Serbia")).isEqualTo(inMemory.statementsOf("Serbia"));
        }
    }

    @Test
    void aRemovedDocumentTakesItsSummaryWithIt(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.md"), "Senator Maria Lopez said the budget was balanced.\n");
        Files.writeString(corpus.resolve("b.md"), "Mayor John Field said the bridge would open in May.\n");
        ActorExtractor extractor = new ActorExtractor(new ActorsFile(dir.resolve("none.yml")));
        try (var index = indexed(dir.resolve("index"), corpus, extractor)) {
            ActorCatalogs catalogs = ActorCatalogs.stored(StoredActorExtracts.store(index), extractor);
            assertThat(catalogs.current().actors()).extracting(Actor::name).containsExactly("Maria Lopez", "John Field");

            Files.delete(corpus.resolve("b.md"));
            new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
            assertThat(index.summaries(extractor.key())).hasSize(1);
            assertThat(catalogs.current().actors()).extracting(Actor::name).containsExactly("Maria Lopez");
            assertThat(index.passageCount()).isEqualTo(1);
        }
    }

    /**
     * The guard: over a corpus where one document speaks on the topic and forty on another, positions and the actors
     * list read the summaries and the statements they need; never every passage with its extract (what ran a 1 GB heap
     * out at 300,000 passages), and far fewer passages than the corpus has. And they answer as over the corpus in memory.
     */
    @Test
    void positionsReadTheStatementsTheyNeedNeverEveryPassage(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(SeedCorpus.CORPUS.resolve("kosovo-statements.txt"), corpus.resolve("kosovo-statements.txt"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(corpus.resolve("town" + i + ".md"), "Mayor Anna Berg" + (char) ('a' + i % 26) + i
                    + " said the harbour tolls of town " + i + " would rise next spring.\n\nThe council met on Tuesday.\n");
        }
        ActorExtractor extractor = new ActorExtractor(new ActorsFile(SeedCorpus.ACTORS_FILE));
        try (var backend = indexed(dir.resolve("index"), corpus, extractor)) {
            CountingIndex counting = new CountingIndex(backend);
            AtomicInteger passagesRead = new AtomicInteger();
            ActorStore store = new ActorStoreDelegate(StoredActorExtracts.store(counting)) {
                @Override
                public List<AnnotatedPassage> extracts(Collection<String> ids, Collection<String> documents, Collection<String> speakers) {
                    List<AnnotatedPassage> found = super.extracts(ids, documents, speakers);
                    passagesRead.addAndGet(found.size());
                    return found;
                }
            };
            TermWeights weights = new TermWeights(counting);
            PositionsService stored = PositionsService.create(ActorCatalogs.stored(store, extractor),
                    new Bm25Retriever(counting, weights), weights, null, null, Path.of("prompts/positions.txt"), null, SETTINGS);
            PassageCatalog passages = new PassageCatalog(backend);
            PositionsService inMemory = PositionsService.create(
                    ActorCatalogs.inMemory(passages::allPassages, passages::version, new ActorsFile(SeedCorpus.ACTORS_FILE)),
                    new Bm25Retriever(backend, weights), weights, null, null, Path.of("prompts/positions.txt"), null, SETTINGS);

            counting.reset();
            var kosovo = stored.positions("Kosovo", null);
            var named = stored.positions("Kosovo", List.of("EU", "Serbia"));
            var actors = stored.actors(null, 200);

            assertThat(counting.reads()).noneMatch(call -> call.startsWith("extracts on") || call.startsWith("files on"));
            int all = backend.passageCount();
            assertThat(all).isGreaterThan(80);
            assertThat(passagesRead.get()).as("passages read with their extracts by three requests, of %d", all)
                    .isPositive().isLessThan(all / 4);
            // A topic every town speaks on reads those towns' statements, and answers as in memory too.
            var tolls = stored.positions("harbour tolls", null);
            assertThat(kosovo.positions()).isNotEmpty();
            assertThat(kosovo).isEqualTo(inMemory.positions("Kosovo", null));
            assertThat(named).isEqualTo(inMemory.positions("Kosovo", List.of("EU", "Serbia")));
            assertThat(tolls).isEqualTo(inMemory.positions("harbour tolls", null));
            assertThat(actors).isEqualTo(inMemory.actors(null, 200)).hasSizeGreaterThan(40);
        }
    }

    /** An {@link ActorStore} that passes every call on, for tests that watch one of them. */
    private static class ActorStoreDelegate implements ActorStore {

        private final ActorStore store;

        ActorStoreDelegate(ActorStore store) {
            this.store = store;
        }

        @Override
        public List<Summary> summaries(String key) {
            return store.summaries(key);
        }

        @Override
        public Map<String, String> unsummarised(String key) {
            return store.unsummarised(key);
        }

        @Override
        public List<AnnotatedPassage> extracts(Collection<String> ids, Collection<String> documents, Collection<String> speakers) {
            return store.extracts(ids, documents, speakers);
        }

        @Override
        public long version() {
            return store.version();
        }

        @Override
        public List<dev.footnote.corpus.Passage> search(String name) {
            return store.search(name);
        }
    }
}
