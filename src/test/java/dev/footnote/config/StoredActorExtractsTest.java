package dev.footnote.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageIndex;
import dev.footnote.positions.actors.Actor;
import dev.footnote.positions.actors.ActorCatalog;
import dev.footnote.positions.actors.ActorCatalogs;
import dev.footnote.positions.actors.ActorExtractor;
import dev.footnote.positions.actors.ActorsFile;
import dev.footnote.positions.actors.AnnotatedPassage;
import dev.footnote.positions.actors.SeedCorpus;

/** Actors are extracted when a passage is indexed, stored with it, and read back without extracting again. */
class StoredActorExtractsTest {

    @Test
    void extractsAreStoredAtIndexingAndReadBack(@TempDir Path dir) throws Exception {
        ActorExtractor extractor = new ActorExtractor(new ActorsFile(SeedCorpus.ACTORS_FILE));
        try (var index = PassageIndex.open(dir, new FootnoteAnalyzer())) {
            index.annotateWith(StoredActorExtracts.annotator(extractor));
            new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(SeedCorpus.CORPUS);

            List<AnnotatedPassage> stored = StoredActorExtracts.read(index);
            assertThat(stored).hasSize(4).allSatisfy(p -> assertThat(p.extract()).startsWith("K\t" + extractor.key()));
            // The actor field is a filter and a count over actors: one term per speaking actor.
            assertThat(index.search(new TermQuery(new Term(IndexFields.ACTOR, "Aleksandar Vucic")), 10)).hasSize(1);
            assertThat(index.search(new TermQuery(new Term(IndexFields.ACTOR, "United States")), 10)).hasSize(2);

            ActorCatalog fromIndex = new ActorCatalogs(() -> stored, () -> 1, extractor).current();
            ActorCatalog inMemory = SeedCorpus.catalog();
            assertThat(fromIndex.actors()).extracting(Actor::name)
                    .containsExactly("United States", "European Union", "Serbia", "Milos Vucevic", "Aleksandar Vucic");
            assertThat(fromIndex.statements()).hasSameSizeAs(inMemory.statements());
            assertThat(fromIndex.statements().get(0).text()).isEqualTo(inMemory.statements().get(0).text());
        }
    }

    @Test
    void whetherTheCorpusNamesSomeoneIsSearchedNotReadFromItsWholeText(@TempDir Path dir) throws Exception {
        ActorExtractor extractor = new ActorExtractor(new ActorsFile(SeedCorpus.ACTORS_FILE));
        try (var index = PassageIndex.open(dir, new FootnoteAnalyzer())) {
            index.annotateWith(StoredActorExtracts.annotator(extractor));
            new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(SeedCorpus.CORPUS);
            List<String> searched = new java.util.ArrayList<>();
            ActorCatalog catalog = new ActorCatalogs(() -> StoredActorExtracts.read(index), index::version, extractor, name -> {
                searched.add(name);
                return index.bm25(index.analysis().tokens(name), 1f, ActorCatalogs.MENTION_SEARCH).stream()
                        .map(PassageIndex.Hit::passage).toList();
            }).current();

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
    void aStaleExtractIsMadeAgainInMemory(@TempDir Path dir) throws Exception {
        ActorExtractor extractor = new ActorExtractor(new ActorsFile(SeedCorpus.ACTORS_FILE));
        try (var index = PassageIndex.open(dir, new FootnoteAnalyzer())) {
            new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(SeedCorpus.CORPUS);
            // Indexed without an annotator: nothing stored, so the catalog extracts in memory.
            assertThat(StoredActorExtracts.read(index)).allSatisfy(p -> assertThat(p.extract()).isNull());
            ActorCatalog catalog = new ActorCatalogs(() -> StoredActorExtracts.read(index), index::version, extractor).current();
            assertThat(catalog.actors()).extracting(Actor::name)
                    .containsExactly("United States", "European Union", "Serbia", "Milos Vucevic", "Aleksandar Vucic");
        }
    }
}
