package dev.footnote.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.positions.actors.ActorCatalogs;
import dev.footnote.positions.actors.ActorsFile;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/** A statement counts for a topic by what it means, not by the topic's exact words. */
class TopicByMeaningTest {

    @TempDir
    static Path dir;

    static PassageIndex index;
    static PositionsService positions;

    @BeforeAll
    static void index() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("statements.txt"), """
                Senator Maria Lopez said her economic agenda would bring jobs back to every county.

                Governor Tom Baker said the new stadium would open in the spring.
                """);
        index = PassageIndex.open(dir.resolve("index"), new FootnoteAnalyzer());
        new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
        PassageCatalog catalog = new PassageCatalog(index);
        TermWeights weights = new TermWeights(index);
        // Stands in for the hybrid retriever, whose dense half finds "economic" for "economy": every passage.
        Retriever everything = (query, limit) -> catalog.allPassages().stream().map(p -> new RetrievedPassage(p, 1.0)).toList();
        positions = PositionsService.create(
                ActorCatalogs.inMemory(catalog::allPassages, catalog::version, new ActorsFile(dir.resolve("none.yml"))),
                everything, weights, null, null, Path.of("prompts/positions.txt"), null, PositionsFixture.SETTINGS);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void anEconomicAgendaIsAboutTheEconomy() {
        PositionsReport report = positions.positions("economy", null);

        assertThat(report.positions()).extracting(Position::actor).containsExactly("Maria Lopez");
        assertThat(report.positions().get(0).citations().get(0).quote()).contains("economic agenda");
    }

    @Test
    void soForANamedActorWithoutAnyRetrieval() {
        PositionsReport report = positions.positions("economy", List.of("Maria Lopez", "Tom Baker"));

        assertThat(report.positions()).extracting(Position::actor).containsExactly("Maria Lopez");
        assertThat(report.noStatement()).containsExactly("Tom Baker");
    }

    @Test
    void inflectionsAreOneWordButOtherWordsAreNot() {
        assertThat(TopicMatcher.inflections("econom", "economi")).isTrue();
        assertThat(TopicMatcher.inflections("biographi", "biograph")).isTrue();
        assertThat(TopicMatcher.inflections("stadium", "state")).isFalse();
        assertThat(TopicMatcher.inflections("tax", "taxi")).isFalse();
    }
}
