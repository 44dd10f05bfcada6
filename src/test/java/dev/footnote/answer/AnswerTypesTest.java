package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expected answer type, from the question word and the noun after "what"/"which". */
class AnswerTypesTest {

    private final AnswerTypes types = new AnswerTypes();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Who won Super Bowl 50?|PERSON",
            "Whom did Luther marry?|PERSON",
            "When did the Black Death reach Europe?|DATE",
            "In what year was Nikola Tesla born?|DATE",
            "Which century is the beaker dated to?|DATE",
            "Where did Super Bowl 50 take place?|PLACE",
            "What country borders Kenya to the south?|PLACE",
            "How many appearances have the Broncos made?|NUMBER",
            "How long is the Rhine?|NUMBER",
            "How much did the motor cost?|AMOUNT",
            "What percentage of Europe died?|AMOUNT",
            "Which NFL team won Super Bowl 50?|ORGANIZATION",
            "Which news agency reported the joint statement?|ORGANIZATION",
            "What is the name of the Doctor's ship?|NAME",
            "What does the immune system protect against?|NOUN_PHRASE",
            "Why did the plague spread?|NONE",
            "How did the plague reach Europe?|NONE",
            "Is Serbia open to negotiations?|NONE",
    })
    void detectsTheExpectedAnswerType(String question, AnswerType expected) {
        assertThat(types.of(question)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Which news agency reported the joint statement?|news agency",
            "In what year was Nikola Tesla born?|year",
            "Which NFL team won Super Bowl 50?|team",
            "What did the joint communique urge?|''",
            "Who won Super Bowl 50?|''",
            "What is the population of Serbia?|''",
    })
    void tellsTheWordsThatDescribeTheAnswer(String question, String words) {
        assertThat(String.join(" ", types.describingAnswer(question))).isEqualTo(words);
    }
}
