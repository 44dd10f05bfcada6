package dev.footnote.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.footnote.answer.CitedAnswer;

/** Follow-ups rewritten without a model: entities of the previous turn carried over when the question leans on it. */
class RuleBasedCondenserTest {

    private final RuleBasedCondenser condenser = new RuleBasedCondenser();

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "What did Vucevic say about the army?|Is he open to negotiations?|Is Vucevic open to negotiations?",
            "What did Milos Vucevic say about the army?|What did he say about Kosovo?|What did Milos Vucevic say about Kosovo?",
            "What did Vucevic say about the army?|What about his position on sovereignty?|What about Vucevic's position on sovereignty?",
            "What did the United States and the European Union urge?|Did they mention verification?|Did United States and European Union mention verification?",
            "What did President Vucic warn of?|And the police?|And the police? (President Vucic)",
            "What did Vucevic say about the army?|What did President Vucic warn of?|What did President Vucic warn of?",
            "What did Vucevic say about the army?|Who urged de-escalation in northern Kosovo?|Who urged de-escalation in northern Kosovo?",
            "what is happening?|Is it serious?|Is it serious?",
            "Is Serbia open to negotiations in Kosovo?|Why is it?|Why is Serbia?",
    })
    void followUps(String previous, String question, String expected) {
        List<Turn> turns = List.of(new Turn(previous, previous, CitedAnswer.notInCorpus("-", CitedAnswer.EXTRACTIVE, List.of())));

        assertThat(condenser.condense(question, turns, List.of()).query()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Is he open to negotiations?", "And the army?"})
    void aFirstQuestionIsLeftAsItIs(String question) {
        assertThat(condenser.condense(question, List.of(), List.of()).query()).isEqualTo(question);
    }
}
