package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;

class AnswerConfidenceTest {

    /** The threshold the server runs with ({@code footnote.answer.min-answer-confidence}). */
    private static final double SHIPPED = 0.79;

    private final AnswerConfidence confidence = AnswerConfidence.builtIn();

    @Test
    void aSentenceThatSharesTheQuestionsWordsButIsFarFromItInMeaningIsNoAnswer() {
        // The same best sentence by words (grounding 0.55, above the old threshold of 0.5): nothing in the evidence is
        // close to the question in meaning, or its own sentence is.
        double far = confidence.of(AnswerConfidence.features(0.55, List.of(sentence(0.6, 0.25)), 0.6));
        double close = confidence.of(AnswerConfidence.features(0.55, List.of(sentence(0.6, 0.7)), 0.6));

        assertThat(far).isLessThan(SHIPPED);
        assertThat(close).isGreaterThanOrEqualTo(SHIPPED);
    }

    @Test
    void aQuestionInOtherWordsThanItsSentenceIsAnsweredWhenTheSentenceIsCloseInMeaning() {
        // Grounding 0.45 (the old threshold refused it), but a sentence as close as a paraphrase and a focus that holds.
        double paraphrased = confidence.of(AnswerConfidence.features(0.45, List.of(sentence(0.45, 0.75)), 0.9));

        assertThat(paraphrased).isGreaterThanOrEqualTo(SHIPPED);
    }

    @Test
    void theBestCoverageAndSimilarityAreTakenOverEverySentence() {
        List<ScoredSentence> ranked = List.of(sentence(0.3, 0.4), sentence(0.8, 0.2), sentence(0.1, 0.6));

        double[] features = AnswerConfidence.features(0.5, ranked, 0.7);

        assertThat(features).containsExactly(1, 0.5, 0.3, 0.4, 0.3, 0.8, 0.6, 0.7);
    }

    @Test
    void aFocusTheQuotesDoNotBackLowersTheConfidence() {
        List<ScoredSentence> ranked = List.of(sentence(0.6, 0.6));

        assertThat(confidence.of(AnswerConfidence.features(0.6, ranked, 0.2)))
                .isLessThan(confidence.of(AnswerConfidence.features(0.6, ranked, 0.9)));
    }

    private static ScoredSentence sentence(double coverage, double similarity) {
        Passage passage = new Passage("p", "d", 0, "A sentence.", "source", null, null, null);
        Signals signals = new Signals(coverage, similarity, coverage, 1, 0, 0, 2, 0, 0, true);
        return new ScoredSentence(passage, new Sentences.Span(0, 11), coverage, coverage, coverage, Set.of(), signals);
    }
}
