package dev.footnote.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.answer.Citation;
import dev.footnote.corpus.Passage;
import dev.footnote.positions.actors.ActorCatalog;
import dev.footnote.positions.actors.SeedCorpus;
import dev.footnote.positions.actors.Statement;

class PositionsServiceTest {

    @TempDir
    static Path indexDir;

    static PositionsFixture fixture;
    static PositionsService service;

    @BeforeAll
    static void index() {
        fixture = new PositionsFixture(indexDir);
        service = fixture.service(null);
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    @Test
    void everyActorThatSpeaksOnKosovoGetsAPositionCitingOnlyItsOwnStatements() {
        PositionsReport report = service.positions("Kosovo", null);

        assertThat(report.grounded()).isTrue();
        assertThat(report.mode()).isEqualTo("extractive");
        assertThat(report.positions()).extracting(Position::actor)
                .containsExactly("United States", "European Union", "Serbia", "Milos Vucevic", "Aleksandar Vucic");
        ActorCatalog catalog = SeedCorpus.catalog();
        for (Position p : report.positions()) {
            Set<String> own = catalog.statementsOf(p.actor()).stream().map(Statement::text).collect(Collectors.toSet());
            assertThat(p.citations()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            for (Citation c : p.citations()) {
                assertThat(own).as("%s cites only its own statements", p.actor()).contains(c.quote());
                assertThat(passage(c.passageId()).text().substring(c.start(), c.end())).isEqualTo(c.quote());
                assertThat(p.summary()).contains(c.quote()).contains("[" + c.marker() + "]");
            }
        }
    }

    @Test
    void jointStatementsAreAttributedToBothAndSaidToBeJoint() {
        PositionsReport report = service.positions("Kosovo", List.of("EU"));
        Position eu = report.positions().get(0);
        assertThat(eu.actor()).isEqualTo("European Union");
        assertThat(eu.summary()).contains("(jointly with United States)");
        assertThat(eu.attributions()).allSatisfy(a -> assertThat(a.jointWith()).containsExactly("United States"));
        assertThat(report.agreements()).isEmpty();
    }

    @Test
    void agreementsAndDifferencesAreCitedAndTheJointVoiceIsOneSide() {
        PositionsReport report = service.positions("Kosovo", null);
        assertThat(report.agreements()).first().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Comparison.JOINT);
            assertThat(a.actors()).containsExactly("United States", "European Union");
        });
        assertThat(report.agreements()).allSatisfy(a -> assertThat(a.citations()).isNotEmpty());
        assertThat(report.differences()).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(Comparison.DIFFER);
            assertThat(d.citations()).hasSize(2);
            assertThat(d.terms()).isNotEmpty();
        });
        // The US and the EU only ever speak together: never set against each other.
        assertThat(report.differences()).noneMatch(d -> d.actors().containsAll(List.of("United States", "European Union")));
        // Every statement listed under a point is its actor's own, quoted verbatim.
        ActorCatalog catalog = SeedCorpus.catalog();
        assertThat(report.points()).isNotEmpty().allSatisfy(p -> assertThat(p.statements()).allSatisfy(s -> {
            assertThat(catalog.statementsOf(s.actor()).stream().map(Statement::text)).contains(s.citation().quote());
            assertThat(passage(s.citation().passageId()).text().substring(s.citation().start(), s.citation().end()))
                    .isEqualTo(s.citation().quote());
        }));
    }

    @Test
    void requestedActorsByAliasOnly() {
        PositionsReport report = service.positions("Kosovo", List.of("Washington", "Vučić"));
        assertThat(report.positions()).extracting(Position::actor).containsExactly("United States", "Aleksandar Vucic");
    }

    @Test
    void anActorAbsentFromTheCorpusGetsNoInventedPosition() {
        PositionsReport report = service.positions("Kosovo", List.of("Vladimir Putin", "Serbia", "TASS"));
        assertThat(report.positions()).extracting(Position::actor).containsExactly("Serbia");
        assertThat(report.notFound()).containsExactly("Vladimir Putin");
        assertThat(report.noStatement()).containsExactly("TASS");
    }

    @Test
    void anOffTopicTopicGivesNoPositions() {
        PositionsReport report = service.positions("fisheries quotas in the North Sea", null);
        assertThat(report.grounded()).isFalse();
        assertThat(report.positions()).isEmpty();
        assertThat(report.agreements()).isEmpty();
        assertThat(report.differences()).isEmpty();
    }

    @Test
    void aNarrowerTopicKeepsOnlyTheActorsWhoSpeakOnIt() {
        // Vucic's passage mentions sovereignty too, but in the narrator's closing sentence, not in his statements.
        PositionsReport report = service.positions("sovereignty", null);
        assertThat(report.positions()).extracting(Position::actor).containsExactly("Milos Vucevic");
        assertThat(report.positions().get(0).citations()).first()
                .satisfies(c -> assertThat(c.quote()).startsWith("He stressed").contains("sovereignty"));
    }

    @Test
    void invalidRequestsAreRefused() {
        assertThatThrownBy(() -> service.positions(" ", null)).isInstanceOf(InvalidPositionsRequestException.class);
        assertThatThrownBy(() -> service.positions("x".repeat(501), null)).isInstanceOf(InvalidPositionsRequestException.class);
        assertThatThrownBy(() -> service.positions("Kosovo", java.util.Collections.nCopies(11, "US")))
                .isInstanceOf(InvalidPositionsRequestException.class);
    }

    private static Passage passage(String id) {
        return fixture.catalog.passage(id).orElseThrow();
    }
}
