package dev.footnote.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
import dev.footnote.retrieval.Bm25Retriever;
import dev.footnote.retrieval.PassageCatalog;

/**
 * Over a town's documents about the Elm Street Bridge repairs ({@link BridgeDecisionCorpus}), the positions give the
 * points a reader would name (how to pay: a toll or a bond; when to close the bridge; that it is unsafe) and, per
 * point, the splits: the mayor's toll against the councillors' and the finance director's bond, the spring closure
 * against the councillor who wants it after the summer, and everyone agreeing that the bridge is unsafe. The fire
 * department's detour notice takes no side and is set against nobody.
 */
class PointsTest {

    @TempDir
    static Path dir;

    static PassageIndex index;
    static PositionsReport report;

    @BeforeAll
    static void ask() {
        Path corpus = BridgeDecisionCorpus.write(dir.resolve("corpus"));
        index = PassageIndex.open(dir.resolve("index"), new FootnoteAnalyzer());
        new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
        PassageCatalog catalog = new PassageCatalog(index);
        TermWeights weights = new TermWeights(index);
        PositionsService service = PositionsService.create(
                ActorCatalogs.inMemory(catalog::allPassages, catalog::version, new ActorsFile(dir.resolve("none.yml"))),
                new Bm25Retriever(index, weights), weights, null, null, Path.of("prompts/positions.txt"), null,
                PositionsFixture.SETTINGS);
        report = service.positions("bridge repairs", null);
        service.catalog().statements().forEach(st -> System.out.println("STATEMENT " + st.speakers() + " " + st.text()));
        report.points().forEach(p -> {
            System.out.println("POINT " + p.title());
            p.statements().forEach(s -> System.out.println("   " + s.actor() + " " + s.stance() + " [" + s.citation().marker() + "] " + s.citation().quote()));
            p.pairs().forEach(x -> System.out.println("   " + x));
        });
        report.positions().forEach(p -> System.out.println(p.actor() + " / " + p.role() + ": " + p.summary()));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void namesComeInOneFormWithTheRoleApart() {
        assertThat(report.positions()).extracting(Position::actor)
                .contains("Elena Marsh", "Priya Desai", "Tom Okafor", "Samuel Reyes", "Fire Department");
        assertThat(role("Elena Marsh")).isEqualTo("Mayor");
        assertThat(role("Priya Desai")).isEqualTo("Councillor");
        assertThat(role("Tom Okafor")).isEqualTo("Councillor");
        assertThat(role("Samuel Reyes")).isEqualTo("Finance Director");
        assertThat(role("Fire Department")).isNull();
    }

    @Test
    void aQuoteWithItsOwnQuotationMarksIsShownOnce() {
        Position okafor = position("Tom Okafor");
        assertThat(okafor.summary()).doesNotContain("““", "“\"", "“ “");
        assertThat(report.differences()).allSatisfy(d -> assertThat(d.text()).doesNotContain("““").doesNotContain("least like"));
    }

    @Test
    void theTollAgainstTheBondIsAPointOnWhichTheMayorDiffersFromTheOthers() {
        Point paying = point("toll").orElseThrow();
        // The point is how to pay: its title is the statements' own words on it.
        assertThat(paying.title().toLowerCase()).containsAnyOf("toll", "bond", "pay");
        assertThat(actors(paying)).contains("Elena Marsh", "Priya Desai", "Tom Okafor", "Samuel Reyes");
        assertThat(relation(paying, "Elena Marsh", "Priya Desai")).isEqualTo(Point.Pair.DIFFER);
        assertThat(relation(paying, "Elena Marsh", "Tom Okafor")).isEqualTo(Point.Pair.DIFFER);
        assertThat(relation(paying, "Elena Marsh", "Samuel Reyes")).isEqualTo(Point.Pair.DIFFER);
        // Those who want the bond agree with each other (the support judge: one backs the other).
        assertThat(relation(paying, "Priya Desai", "Tom Okafor")).isEqualTo(Point.Pair.AGREE);
        assertThat(relation(paying, "Priya Desai", "Samuel Reyes")).isEqualTo(Point.Pair.AGREE);
        // The mayor's toll against the councillor's bond, quoted side by side among the differences.
        assertThat(report.differences()).anySatisfy(d -> {
            assertThat(d.actors()).containsExactly("Elena Marsh", "Priya Desai");
            assertThat(d.citations().get(0).quote()).contains("toll");
            assertThat(d.citations().get(1).quote()).contains("bond");
        });
    }

    @Test
    void closingInSpringIsAPointOnWhichOkaforDiffers() {
        Point timing = point("spring").orElseThrow();
        assertThat(relation(timing, "Tom Okafor", "Elena Marsh")).isEqualTo(Point.Pair.DIFFER);
        assertThat(relation(timing, "Tom Okafor", "Priya Desai")).isEqualTo(Point.Pair.DIFFER);
        assertThat(relation(timing, "Elena Marsh", "Priya Desai")).isEqualTo(Point.Pair.AGREE);
    }

    @Test
    void theyAgreeThatTheBridgeIsUnsafe() {
        Point safety = point("unsafe").orElseThrow();
        assertThat(actors(safety)).contains("Elena Marsh", "Tom Okafor", "Samuel Reyes");
        assertThat(safety.pairs()).isNotEmpty().allSatisfy(p -> assertThat(p.relation()).isEqualTo(Point.Pair.AGREE));
    }

    @Test
    void anAnnouncementIsListedButSetAgainstNobody() {
        assertThat(report.points().stream().flatMap(p -> p.statements().stream())
                .filter(s -> s.actor().equals("Fire Department"))).isNotEmpty().allSatisfy(s -> assertThat(s.stance()).isFalse());
        assertThat(report.points()).allSatisfy(p -> assertThat(p.pairs())
                .noneSatisfy(x -> assertThat(x.actors()).contains("Fire Department")));
        assertThat(report.agreements()).noneSatisfy(c -> assertThat(c.actors()).contains("Fire Department"));
        assertThat(report.differences()).noneSatisfy(c -> assertThat(c.actors()).contains("Fire Department"));
    }

    @Test
    void agreementsAndDifferencesAreThePairsOfAllPointsEachQuotingBothSides() {
        long differ = report.points().stream().flatMap(p -> p.pairs().stream())
                .filter(p -> p.relation().equals(Point.Pair.DIFFER)).count();
        assertThat(report.differences()).hasSize((int) differ);
        assertThat(report.differences()).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(Comparison.DIFFER);
            assertThat(d.citations()).hasSize(2);
            assertThat(d.text()).contains("[1]", "[2]");
        });
    }

    private static Optional<Point> point(String word) {
        return report.points().stream().filter(p -> p.statements().stream()
                .filter(s -> s.citation().quote().toLowerCase().contains(word)).count() >= 2).findFirst();
    }

    private static List<String> actors(Point p) {
        return p.statements().stream().map(Point.PointStatement::actor).distinct().toList();
    }

    private static String relation(Point p, String a, String b) {
        return p.pairs().stream().filter(x -> x.actors().containsAll(List.of(a, b))).map(Point.Pair::relation)
                .findFirst().orElse("none");
    }

    private static Position position(String actor) {
        return report.positions().stream().filter(p -> p.actor().equals(actor)).findFirst().orElseThrow();
    }

    private static String role(String actor) {
        return position(actor).role();
    }
}
