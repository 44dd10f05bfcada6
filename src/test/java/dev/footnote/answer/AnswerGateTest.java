package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;

class AnswerGateTest {

    private final AnswerGate gate = new AnswerGate(AnswerConfidence.builtIn(), 0.5, 0.79);

    @Test
    void aGroundingThatLostPointsForTheQuestionsVerbNeedsMoreConfidence() {
        // "Who invented the telephone?" against "Twain … described Tesla's motor invention as … the most valuable patent
        // since the telephone": every word there, close in meaning, but no one said to invent it (verb penalty 0.15).
        List<ScoredSentence> ranked = List.of(sentence(1.0, 0.40), sentence(1.0, 0.44));

        assertThat(AnswerConfidence.builtIn().of(AnswerConfidence.features(0.49, ranked, 1.0))).isBetween(0.79, 0.95);
        assertThat(gate.refuses(0.49, 0.15, ranked, 1.0)).isTrue();
        assertThat(gate.refuses(0.49, 0, ranked, 1.0)).isFalse();
    }

    @Test
    void aPenaltyRaisesTheBarOnlyWhereTheSentenceHoldsEveryWordOfTheQuestion() {
        // The verb not said as a verb, but words of the question missing too: a paraphrase, judged like any other.
        List<ScoredSentence> ranked = List.of(sentence(0.6, 0.55));

        assertThat(AnswerConfidence.builtIn().of(AnswerConfidence.features(0.45, ranked, 0.8))).isBetween(0.79, 0.95);
        assertThat(gate.refuses(0.45, 0.15, ranked, 0.8)).isFalse();
    }

    @Test
    void aSentenceHoldingEveryWordOfTheQuestionIsDecidedByItsGrounding() {
        // A memo's finding, its names in the header lines: low similarity, every word backed, grounding 0.6.
        List<ScoredSentence> ranked = List.of(sentence(1.0, 0.3));
        assertThat(AnswerConfidence.builtIn().of(AnswerConfidence.features(0.6, ranked, 1.0))).isLessThan(0.79);

        assertThat(gate.refuses(0.6, 0, ranked, 1.0)).isFalse();
        assertThat(gate.refuses(0.45, 0, ranked, 1.0)).as("under min-evidence the confidence decides").isTrue();
    }

    @Test
    void aSentenceMissingQuestionWordsIsDecidedByTheConfidence() {
        List<ScoredSentence> far = List.of(sentence(0.6, 0.25));
        List<ScoredSentence> close = List.of(sentence(0.6, 0.75));

        assertThat(gate.refuses(0.55, 0, far, 0.6)).isTrue();
        assertThat(gate.refuses(0.55, 0, close, 0.6)).isFalse();
    }

    private static ScoredSentence sentence(double coverage, double similarity) {
        Passage passage = new Passage("p", "d", 0, "A sentence.", "source", null, null, null);
        Signals signals = new Signals(coverage, similarity, coverage, 1, 0, 0, 2, 0, 0, true);
        return new ScoredSentence(passage, new Sentences.Span(0, 11), coverage, coverage, coverage, Set.of(), signals);
    }
}
