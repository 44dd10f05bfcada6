package dev.footnote.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.answer.verify.SupportWeights;
import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.positions.StatementRelation.Relation;
import dev.footnote.positions.actors.Statement;
import dev.footnote.text.Sentences;
import dev.footnote.text.TextAnalyzer;

/**
 * The support judge deciding agree and differ between two statements on a point ({@link JudgedRelation}), with the
 * words of the bridge fixture ({@link BridgeDecisionCorpus}): a negation on one side only, another number and opposing
 * stance words contradict; a statement that makes the other's claim backs it; the speakers' names, roles and reporting
 * verbs decide nothing.
 */
class JudgedRelationTest {

    @TempDir
    static Path dir;

    static PassageIndex index;
    static JudgedRelation relation;

    @BeforeAll
    static void judge() {
        Path corpus = BridgeDecisionCorpus.write(dir.resolve("corpus"));
        index = PassageIndex.open(dir.resolve("index"), new FootnoteAnalyzer());
        new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
        TermWeights weights = new TermWeights(index);
        SentenceScorer scorer = new SentenceScorer(weights);
        StanceWords stance = StanceWords.builtIn();
        Set<String> neutral = new HashSet<>(weights.terms("bridge repairs Elena Marsh Priya Desai Tom Okafor Samuel Reyes "
                + "Mayor Councillor Finance Director " + PositionComparer.FRAMING));
        Set<String> claimless = new HashSet<>(neutral);
        stance.words().forEach(w -> claimless.addAll(weights.terms(w)));
        relation = new JudgedRelation(new ClaimAnalysis(TextAnalyzer.english(), scorer),
                new SupportJudge(scorer, SupportWeights.builtIn()), new StanceRelation(weights, stance, neutral), claimless,
                PointSettings.DEFAULTS.minSupport());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void aNegationOnOneSideOnlyContradicts() {
        assertThat(relate("Marsh said the bridge should close for repairs this spring, before the cracks grow.",
                "He said the bridge should not close this spring but after the summer season."))
                .isEqualTo(Relation.CONTRADICTS);
    }

    @Test
    void anotherNumberForTheSameThingContradicts() {
        assertThat(relate("Reyes said the repairs will cost 4.2 million dollars.",
                "Desai said the repairs will cost 6 million dollars.")).isEqualTo(Relation.CONTRADICTS);
    }

    @Test
    void opposingStanceWordsContradict() {
        assertThat(relate("Mayor Elena Marsh said a toll on drivers should pay for the bridge repairs.",
                "Finance Director Samuel Reyes said the town should pay for the repairs with a bond, not a toll."))
                .isEqualTo(Relation.CONTRADICTS);
        assertThat(relate("Mayor Elena Marsh said a toll on drivers should pay for the bridge repairs.",
                "Okafor said he opposes the toll and supports the bond.")).isEqualTo(Relation.CONTRADICTS);
    }

    @Test
    void twoWaysOfSayingABondInsteadOfATollBackEachOther() {
        assertThat(relate("She proposed that the town issue a bond to pay for the repairs instead of a toll.",
                "Finance Director Samuel Reyes said the town should pay for the repairs with a bond, not a toll."))
                .isEqualTo(Relation.BACKS);
        assertThat(relate("She proposed that the town issue a bond to pay for the repairs instead of a toll.",
                "Okafor said he opposes the toll and supports the bond.")).isEqualTo(Relation.BACKS);
    }

    @Test
    void theSameClaimBySomeoneElseBacksIt() {
        assertThat(relate("Mayor Elena Marsh said the bridge is unsafe and must be repaired.",
                "Councillor Tom Okafor agreed that the bridge is unsafe and must be repaired.")).isEqualTo(Relation.BACKS);
        assertThat(relate("Marsh said the bridge should close for repairs this spring, before the cracks grow.",
                "Councillor Priya Desai said the bridge should close for repairs this spring, as the mayor wants."))
                .isEqualTo(Relation.BACKS);
    }

    @Test
    void statementsAboutDifferentThingsNeitherBackNorContradict() {
        assertThat(relate("Mayor Elena Marsh said the bridge is unsafe and must be repaired.",
                "Councillor Priya Desai said a bond would cost the town less in interest over ten years."))
                .isEqualTo(Relation.NEITHER);
    }

    private static Relation relate(String a, String b) {
        return relation.relate(statement(a), statement(b));
    }

    private static Statement statement(String text) {
        Passage passage = new Passage("p-" + Integer.toHexString(text.hashCode()), "d", 0, text, null);
        return new Statement(passage, new Sentences.Span(0, text.length()), List.of("someone"), "test");
    }
}
