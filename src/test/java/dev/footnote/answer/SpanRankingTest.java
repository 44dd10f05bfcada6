package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.footnote.text.TextAnalyzer;

/** The learned short answers (SQuAD dev sentences of the tuning half, articles 1–24). */
class SpanRankingTest {

    private final AnswerSpans handSet = new AnswerSpans(TextAnalyzer.english());
    private final AnswerSpans learned = new AnswerSpans(TextAnalyzer.english(), SpanRanking.builtIn());

    private static String best(AnswerSpans spans, String question, String sentence) {
        Optional<AnswerSpans.Candidate> best = spans.best(spans.question(question), sentence, 0, sentence.length());
        return best.map(c -> sentence.substring(c.start(), c.end())).orElse(null);
    }

    @Test
    void aNounPhraseQuestionIsAnsweredByThePhraseAfterItsWordsNotByTheFirstName() {
        String sentence = "One of the most famous people born in Warsaw was Maria Skłodowska-Curie, who achieved international "
                + "recognition for her research on radioactivity and was the first female recipient of the Nobel Prize.";
        String question = "What was Maria Curie the first female recipient of?";
        assertThat(best(handSet, question, sentence)).isEqualTo("Warsaw");
        assertThat(best(learned, question, sentence)).isEqualTo("Nobel Prize");
    }

    @Test
    void aPhraseWithANumberCanBeTheAnswer() {
        String sentence = "There would be no more scoring in the third quarter, but early in the fourth, the Broncos drove to "
                + "the Panthers 41-yard line.";
        String question = "Early in the fourth quarter, The Broncos drove to what yard line of the Panthers?";
        assertThat(best(learned, question, sentence)).isEqualTo("41-yard line");
    }

    @Test
    void onlyNounPhraseQuestionsAreRankedByTheFit() {
        // A date question keeps the hand-set choice, which the fit does not beat for types it recognises.
        String sentence = "Harvard was formed in 1636 by vote of the Great and General Court of the Massachusetts Bay Colony.";
        assertThat(best(learned, "When was Harvard founded?", sentence)).isEqualTo(best(handSet, "When was Harvard founded?", sentence))
                .isEqualTo("1636");
    }
}
