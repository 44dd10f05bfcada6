package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.footnote.text.TextAnalyzer;

/** Short-answer spans: of the expected type, not named by the question, offsets exact into the passage. */
class AnswerSpansTest {

    private static final String PASSAGE = "Super Bowl 50 was an American football game. The American Football Conference "
            + "(AFC) champion Denver Broncos defeated the National Football Conference (NFC) champion Carolina Panthers "
            + "24–10 to earn their third Super Bowl title. The game was played on February 7, 2016, at Levi's Stadium "
            + "in the San Francisco Bay Area at Santa Clara, California.";

    private final AnswerSpans spans = new AnswerSpans(TextAnalyzer.english());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Who won Super Bowl 50?|Denver Broncos|The American",
            "Which NFL team won Super Bowl 50?|Denver Broncos|The American",
            "When was Super Bowl 50 played?|February 7, 2016|The game",
            "Where was Super Bowl 50 played?|Levi's Stadium|The game",
    })
    void findsTheSpanWithExactOffsets(String question, String expected, String sentenceStart) {
        int start = PASSAGE.indexOf(sentenceStart, 10);
        int end = PASSAGE.indexOf('.', PASSAGE.indexOf(" title") > start ? PASSAGE.indexOf(" title") : start) + 1;
        if (sentenceStart.equals("The game")) {
            end = PASSAGE.length();
        }
        Optional<AnswerSpans.Candidate> best = spans.best(spans.question(question), PASSAGE, start, end);

        assertThat(best).isPresent();
        assertThat(PASSAGE.substring(best.get().start(), best.get().end())).isEqualTo(expected);
        assertThat(best.get().start()).isEqualTo(PASSAGE.indexOf(expected));
    }

    @Test
    void aSpanTheQuestionAlreadyNamesIsNotTheAnswer() {
        String sentence = "Harvard University was founded in 1636.";

        assertThat(spans.best(spans.question("What was founded in 1636?"), sentence, 0, sentence.length()))
                .map(c -> sentence.substring(c.start(), c.end())).contains("Harvard University");
        assertThat(spans.best(spans.question("When was Harvard University founded?"), sentence, 0, sentence.length()))
                .map(c -> sentence.substring(c.start(), c.end())).contains("1636");
    }

    @Test
    void noSpanForWhyQuestionsOrWhenTheTypeIsMissing() {
        String sentence = "The plague spread along trade routes.";

        assertThat(spans.best(spans.question("Why did the plague spread?"), sentence, 0, sentence.length())).isEmpty();
        assertThat(spans.best(spans.question("When did the plague spread?"), sentence, 0, sentence.length())).isEmpty();
    }

    @Test
    void aNameInAnOpeningPhraseIsNotTheSubjectAskedFor() {
        String sentence = "In addition to the Vince Lombardi Trophy that all Super Bowl champions receive, "
                + "the winner of Super Bowl 50 will also receive a large trophy.";
        AnswerSpans.Question who = spans.question("Who won Super Bowl 50?");

        double fit = spans.typeFit(who, TextAnalyzer.english().analyzeSpan(sentence, 0, sentence.length()));

        // The trophy is a name, but it is not the subject of the main clause: half its fit.
        assertThat(fit).isLessThan(0.5);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Who won Super Bowl 50?|won|true",
            "Who invented the telephone?|invented|true",
            "When did the Black Death reach Europe?|reach|false",
            "What is the capital of Kenya?|''|false",
    })
    void findsTheQuestionsMainVerbAndNames(String question, String verb, boolean asksForSubject) {
        AnswerSpans.Question asked = spans.question(question);

        assertThat(asked.verb()).isEqualTo(verb);
        assertThat(asked.asksForSubject()).isEqualTo(asksForSubject);
    }

    @Test
    void theQuestionsNamesAreKept() {
        assertThat(spans.question("When did the Black Death reach Europe?").names()).contains("Europe");
        assertThat(spans.question("What is the capital of Kenya?").names()).containsExactly("Kenya");
    }

    @Test
    void whatSomethingIsAnswersWithWhatTheSentenceSaysIsIt() {
        String text = "Established originally by the Massachusetts legislature and soon thereafter named for John Harvard "
                + "(its first benefactor), Harvard is the United States' oldest institution of higher learning, and the "
                + "Harvard Corporation (formally, the President and Fellows of Harvard College) is its first chartered corporation.";

        Optional<AnswerSpans.Candidate> best = spans.best(
                spans.question("What is the oldest institution of higher learning in the US?"), text, 0, text.length());

        assertThat(best).isPresent();
        assertThat(text.substring(best.get().start(), best.get().end())).isEqualTo("Harvard");
    }
}
