package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;
import dev.footnote.text.TextAnalyzer;

class SentenceRankingTest {

    private static final Passage PASSAGE = new Passage("p-1", "d", 0, "One. Two. Three.", "a source");
    private final AnswerSpans spans = new AnswerSpans(TextAnalyzer.english());

    private static ScoredSentence candidate(int index, double coverage, double similarity, double typeFit, boolean verb) {
        Signals signals = new Signals(coverage, similarity, 0.5, 1, 0, index, 5, 0, 0, verb);
        return new ScoredSentence(PASSAGE, new Sentences.Span(index * 5, index * 5 + 4), coverage, coverage, 1.0 - index,
                Set.of(), typeFit, signals);
    }

    private static Map<String, Double> zeroWeights() {
        Map<String, Double> weights = new HashMap<>();
        SentenceRanking.FEATURES.forEach(f -> weights.put(f, 0.0));
        return weights;
    }

    @Test
    void theShippedWeightsNameEveryFeatureAndPreferCoverageSimilarityAndTheAskedType() {
        SentenceRanking ranking = SentenceRanking.builtIn(12);
        AnswerSpans.Question when = spans.question("When was Harvard founded?");
        double withDate = ranking.score(SentenceRanking.features(when, candidate(0, 0.6, 0.5, 1, true)));
        double withoutDate = ranking.score(SentenceRanking.features(when, candidate(0, 0.6, 0.5, 0, true)));
        double lessCovered = ranking.score(SentenceRanking.features(when, candidate(0, 0.3, 0.5, 1, true)));
        double lessSimilar = ranking.score(SentenceRanking.features(when, candidate(0, 0.6, 0.2, 1, true)));
        assertThat(withDate).isGreaterThan(withoutDate);
        assertThat(withDate).isGreaterThan(lessCovered);
        assertThat(withDate).isGreaterThan(lessSimilar);
    }

    @Test
    void aWeightsFileThatLacksAFeatureIsRefused() {
        Map<String, Double> weights = zeroWeights();
        weights.remove("typeFit");
        assertThatThrownBy(() -> new SentenceRanking(weights, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("typeFit");
    }

    @Test
    void onlyTheHeadIsReorderedAndTheRestKeepsItsPlace() {
        Map<String, Double> weights = zeroWeights();
        weights.put("typeFit", 1.0);
        SentenceRanking ranking = new SentenceRanking(weights, 2);
        AnswerSpans.Question who = spans.question("Who won?");
        List<ScoredSentence> ranked = List.of(candidate(0, 0.9, 0.9, 0, true), candidate(1, 0.5, 0.5, 1, true),
                candidate(2, 0.1, 0.1, 1, true));
        List<ScoredSentence> reranked = ranking.rerank(who, ranked);
        assertThat(reranked).extracting(s -> s.signals().sentenceIndex()).containsExactly(1, 0, 2);
    }

    @Test
    void featuresSayWhenTheAskedTypeIsAbsentAndWhenTheVerbIsMissing() {
        AnswerSpans.Question who = spans.question("Who invented the telephone?");
        double[] f = SentenceRanking.features(who, candidate(0, 0.5, 0.5, 0, false));
        assertThat(f[SentenceRanking.FEATURES.indexOf("typeAbsent")]).isEqualTo(1);
        assertThat(f[SentenceRanking.FEATURES.indexOf("noVerb")]).isEqualTo(1);
        assertThat(f[SentenceRanking.FEATURES.indexOf("subjectTypeFit")]).isZero();
        double[] g = SentenceRanking.features(who, candidate(0, 0.5, 0.5, 1, true));
        assertThat(g[SentenceRanking.FEATURES.indexOf("typeAbsent")]).isZero();
        assertThat(g[SentenceRanking.FEATURES.indexOf("noVerb")]).isZero();
        assertThat(g[SentenceRanking.FEATURES.indexOf("subjectTypeFit")]).isEqualTo(1);
        assertThat(f).hasSize(SentenceRanking.FEATURES.size());
    }

    private static ScoredSentence withFocus(ScoredSentence s, int missingNames, boolean verb) {
        return s.withFocus(s.score(), missingNames, verb);
    }

    @Test
    void aDateQuestionKeepsTheHandSetBestWhenTheLearnedOneLacksANameOrTheVerb() {
        Map<String, Double> weights = zeroWeights();
        weights.put("similarity", 1.0);
        SentenceRanking ranking = new SentenceRanking(weights, 3);
        // hand-set order: a clean sentence with a date first; the learned weights prefer the more similar one
        ScoredSentence handSet = withFocus(candidate(0, 0.9, 0.5, 1, true), 0, true);
        ScoredSentence lacksName = withFocus(candidate(1, 0.9, 0.7, 1, true), 1, true);
        AnswerSpans.Question when = spans.question("When did the Black Death reach Europe?");
        assertThat(ranking.rerank(when, List.of(handSet, lacksName))).first()
                .extracting(s -> s.signals().sentenceIndex()).isEqualTo(0);
        // the same two for a question answered by a noun phrase: the learned order stands
        AnswerSpans.Question what = spans.question("What did the traders bring to Europe?");
        assertThat(what.type()).isEqualTo(AnswerType.NOUN_PHRASE);
        assertThat(ranking.rerank(what, List.of(handSet, lacksName))).first()
                .extracting(s -> s.signals().sentenceIndex()).isEqualTo(1);
        // and when the learned best lacks neither, it stands too
        ScoredSentence clean = withFocus(candidate(1, 0.9, 0.7, 1, true), 0, true);
        assertThat(ranking.rerank(when, List.of(handSet, clean))).first()
                .extracting(s -> s.signals().sentenceIndex()).isEqualTo(1);
    }

    @Test
    void aSentenceThatLeansOnThePreviousOneForItsSubjectOutranksThatOneWhenTheShippedWeightsRank() {
        // "The Panthers finished the season with a 15–1 record. They defeated the Arizona Cardinals 49–15 …", asked
        // "What team did the Panthers defeat?": the second covers a little less of the question on its own words.
        String text = "Carolina was strong. The Panthers finished the season 15–1. They defeated the Arizona Cardinals 49–15.";
        Passage passage = new Passage("p-2", "d", 0, text, "s");
        int second = text.indexOf("The Panthers");
        int third = text.indexOf("They");
        Signals.Neighbour before = new Signals.Neighbour(0.1, 0.2, 0.0);
        Signals.Neighbour namesTheSubject = new Signals.Neighbour(0.55, 0.5, 0.3);
        Signals.Neighbour answers = new Signals.Neighbour(0.5, 0.5, 0.1);
        ScoredSentence subject = new ScoredSentence(passage, new Sentences.Span(second, third - 1), 0.55, 0.55, 1, Set.of(), 0,
                new Signals(0.55, 0.5, 0.6, 1, 0, 1, 7, 0, 0, true, before, answers));
        ScoredSentence leaning = new ScoredSentence(passage, new Sentences.Span(third, text.length()), 0.5, 0.5, 0.9, Set.of(), 0,
                new Signals(0.5, 0.5, 0.6, 1, 0, 2, 7, 0, 0, true, namesTheSubject, Signals.Neighbour.NONE));
        assertThat(leaning.text()).startsWith("They defeated");
        AnswerSpans.Question what = spans.question("What team did the Panthers defeat?");
        SentenceRanking ranking = SentenceRanking.builtIn(12);

        assertThat(ranking.rerank(what, List.of(subject, leaning))).first()
                .extracting(s -> s.signals().sentenceIndex()).isEqualTo(2);
        // without the sentence before it, the same words rank below
        ScoredSentence alone = new ScoredSentence(passage, leaning.span(), 0.5, 0.5, 0.9, Set.of(), 0,
                new Signals(0.5, 0.5, 0.6, 1, 0, 2, 7, 0, 0, true));
        assertThat(ranking.rerank(what, List.of(subject, alone))).first()
                .extracting(s -> s.signals().sentenceIndex()).isEqualTo(1);
    }

    @Test
    void aSentenceOpeningWithAWordThatPointsBackIsAnaphoric() {
        assertThat(SentenceRanking.startsWithAnaphor("They defeated the Arizona Cardinals.")).isTrue();
        assertThat(SentenceRanking.startsWithAnaphor("It, too, was destroyed.")).isTrue();
        assertThat(SentenceRanking.startsWithAnaphor("When they arrived, the land was gone.")).isTrue();
        assertThat(SentenceRanking.startsWithAnaphor("Therefore the plan failed.")).isFalse();
        assertThat(SentenceRanking.startsWithAnaphor("Italy declared war.")).isFalse();
        assertThat(SentenceRanking.startsWithAnaphor("When the war ended, they left.")).isFalse();
    }
}
