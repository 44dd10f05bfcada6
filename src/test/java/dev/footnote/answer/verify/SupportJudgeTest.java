package dev.footnote.answer.verify;

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
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.text.TextAnalyzer;

/** The support judge over a small corpus (its idf comes from there): words backed, numbers, negation, names, pairs. */
class SupportJudgeTest {

    @TempDir
    static Path dir;

    static PassageIndex index;
    static ClaimAnalysis analysis;
    static SupportJudge judge;

    @BeforeAll
    static void setUp() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("council.md"), """
                # Harbor Bridge

                The council voted 14 of the 62 proposals through on Tuesday. Mayor Elena Marsh proposed a toll on the bridge.

                Daniel Kim found corrosion on three of the bridge's cables. The repairs will cost 412.6 million dollars.

                The cardiac wing will open in two phases and add a 48-bed unit.
                """);
        index = PassageIndex.open(dir.resolve("index"), new FootnoteAnalyzer());
        new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
        SentenceScorer scorer = new SentenceScorer(new TermWeights(index));
        analysis = new ClaimAnalysis(TextAnalyzer.english(), scorer);
        judge = new SupportJudge(scorer, SupportWeights.builtIn());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SupportJudge.Support judge(String claim, String... evidence) {
        return judge.judge(analysis.words(claim), List.of(evidence).stream().map(analysis::evidence).toList(),
                SupportJudge.Evidence.NONE);
    }

    @Test
    void aSentenceBacksItsOwnWordsFully() {
        SupportJudge.Support s = judge("The council voted 14 of the 62 proposals through.",
                "The council voted 14 of the 62 proposals through on Tuesday.");
        assertThat(s.score()).isGreaterThan(0.95);
        assertThat(s.unsupported()).isEmpty();
        assertThat(s.contradicted()).isFalse();
    }

    @Test
    void aChangedNumberIsAContradictionAndNamedAsUnsupported() {
        String claim = "The council voted 41 of the 62 proposals through.";
        SupportJudge.Support s = judge(claim, "The council voted 14 of the 62 proposals through on Tuesday.");
        assertThat(s.contradicted()).isTrue();
        assertThat(s.unsupported()).extracting(ClaimWord::text).containsExactly("41");
        ClaimWord w = s.unsupported().get(0);
        assertThat(claim.substring(w.start(), w.end())).isEqualTo("41");
        assertThat(s.score()).isLessThan(judge(claim.replace("41", "14"), "The council voted 14 of the 62 proposals through on Tuesday.").score() - 0.3);
    }

    @Test
    void numbersMatchInWordsAndWithTheirScale() {
        assertThat(judge("The repairs cost 412,600,000 dollars.", "The repairs will cost 412.6 million dollars.").unsupported()).isEmpty();
        assertThat(judge("Kim found corrosion on 3 cables.", "Daniel Kim found corrosion on three of the bridge's cables.").unsupported()).isEmpty();
        assertThat(judge("The wing adds 48 beds.", "The cardiac wing will open in two phases and add a 48-bed unit.").unsupported()).isEmpty();
    }

    @Test
    void aDecadeOrCenturyIsBackedByAYearInItAndIsNoName() {
        SupportJudge.Support decade = judge("The colony grew in the 1600s.", "The colony grew quickly after 1642.");
        assertThat(decade.unsupported()).isEmpty();
        assertThat(decade.contradicted()).isFalse();
        SupportJudge.Support century = judge("The colony grew in the 15th century.", "The colony grew quickly after 1452.");
        assertThat(century.unsupported()).extracting(ClaimWord::kind).doesNotContain(WordKind.NUMBER, WordKind.NAME);
        SupportJudge.Support outside = judge("The colony grew in the 1600s.", "The colony grew quickly after 1742.");
        assertThat(outside.unsupported()).extracting(ClaimWord::text).containsExactly("1600s");
        assertThat(outside.contradicted()).isTrue();
    }

    @Test
    void evidenceStatingTheOppositeWordContradicts() {
        String evidence = "The toll increased the traffic on the bridge and was independent of the season.";
        SupportJudge.Support opposite = judge("The toll decreased the traffic on the bridge.", evidence);
        assertThat(opposite.contradicted()).isTrue();
        assertThat(opposite.unsupported()).extracting(ClaimWord::text).containsExactly("decreased");
        assertThat(judge("The toll was dependent on the season.", evidence).contradicted()).isTrue();
        SupportJudge.Support same = judge("The toll increased the traffic on the bridge.", evidence);
        assertThat(same.contradicted()).isFalse();
        assertThat(opposite.score()).isLessThan(same.score() - 0.3);
        // A word nothing backs, with no opposite stated, is missing, not contradicted.
        assertThat(judge("The toll doubled the traffic on the bridge.", evidence).contradicted()).isFalse();
    }

    @Test
    void aNegationOnOneSideOnlyContradicts() {
        SupportJudge.Support s = judge("Mayor Elena Marsh did not propose a toll on the bridge.",
                "Mayor Elena Marsh proposed a toll on the bridge.");
        assertThat(s.contradicted()).isTrue();
        assertThat(s.unsupported()).extracting(ClaimWord::kind).contains(WordKind.NEGATION);
    }

    @Test
    void aNegationInAnUnrelatedSentenceBacksNoNegatedClaim() {
        SupportJudge.Support s = judge("Mayor Elena Marsh did not propose a toll on the bridge.",
                "Mayor Elena Marsh proposed a toll on the bridge.", "The cardiac wing will not open before the summer.");
        assertThat(s.contradicted()).isTrue();
        assertThat(s.evidence()).containsExactly(0);
        assertThat(s.unsupported()).extracting(ClaimWord::kind).contains(WordKind.NEGATION);
    }

    @Test
    void aNameIsBackedByItsLastWordButNotByAnother() {
        assertThat(judge("Kim found corrosion.", "Daniel Kim found corrosion on three of the bridge's cables.").unsupported()).isEmpty();
        SupportJudge.Support other = judge("Greta Garbo found corrosion.", "Daniel Kim found corrosion on three of the bridge's cables.");
        assertThat(other.unsupported()).extracting(ClaimWord::text).containsExactly("Greta Garbo");
    }

    @Test
    void aNameIsBackedByItsInitialsOrTheirExpansion() {
        assertThat(judge("Harvard is the oldest university in the US.",
                "Harvard is the United States' oldest institution of higher learning.").unsupported())
                .extracting(ClaimWord::text).doesNotContain("US");
        assertThat(judge("The United States urged restraint.", "The U.S. urged restraint.").unsupported()).isEmpty();
        assertThat(judge("The UK urged restraint.", "The United States urged restraint.").unsupported())
                .extracting(ClaimWord::text).containsExactly("UK");
        assertThat(judge("The V&A opened in 1852.", "The Victoria and Albert Museum opened in 1852.").unsupported())
                .extracting(ClaimWord::text).doesNotContain("V&A");
        assertThat(judge("The V&A opened in 1852.", "The British Museum opened in 1852.").unsupported())
                .extracting(ClaimWord::text).contains("V&A");
        assertThat(judge("The DSMs were awarded from Apollo 11 on.", "The DSM was awarded to the crew of Apollo 11.").unsupported())
                .extracting(ClaimWord::kind).doesNotContain(WordKind.NAME);
        assertThat(judge("The DSMs were awarded from Apollo 11 on.", "The DFC was awarded to the crew of Apollo 11.").unsupported())
                .extracting(ClaimWord::text).contains("DSMs");
    }

    @Test
    void twoSentencesBackWhatNeitherBacksAlone() {
        SupportJudge.Support s = judge("Daniel Kim found corrosion, and the repairs will cost 412.6 million dollars.",
                "Daniel Kim found corrosion on three of the bridge's cables.", "The repairs will cost 412.6 million dollars.",
                "Mayor Elena Marsh proposed a toll on the bridge.");
        assertThat(s.evidence()).containsExactlyInAnyOrder(0, 1);
        assertThat(s.unsupported()).isEmpty();
    }

    @Test
    void aSentenceStatingTheOppositeStillContradictsWhenAnotherSentenceHoldsTheClaimWord() {
        String claim = "Pyridostatin decreases telomere fragility in deficient cells.";
        SupportJudge.Support s = judge(claim, "Treatment with pyridostatin increases telomere fragility in deficient cells.",
                "Cell growth decreases with age.");
        assertThat(s.contradicted()).isTrue();
        assertThat(s.unsupported()).extracting(ClaimWord::text).contains("decreases");
        assertThat(s.score()).isLessThan(0.5);
    }

    @Test
    void theUsIsBackedByItsOtherForms() {
        for (String evidence : List.of("The American flags on the moon were bleached by sunlight.",
                "The United States flags on the moon were bleached by sunlight.")) {
            SupportJudge.Support s = judge("The U.S. flags on the moon were bleached by sunlight.", evidence);
            assertThat(s.unsupported()).as(evidence).isEmpty();
        }
    }

    @Test
    void aCurrencySignBacksTheCurrencyNamed() {
        SupportJudge.Support s = judge("A teacher with 25 years of experience earns 40,000 Euros.",
                "A teacher with 25 years of experience earns €40,000 a year.");
        assertThat(s.unsupported()).isEmpty();
    }

    @Test
    void unsupportedWordsAreThoseNothingBacks() {
        String claim = "Mayor Elena Marsh proposed a toll on the tunnel.";
        SupportJudge.Support s = judge(claim, "Mayor Elena Marsh proposed a toll on the bridge.");
        assertThat(s.unsupported()).extracting(ClaimWord::text).containsExactly("tunnel");
        assertThat(s.contradicted()).isFalse();
    }
}
