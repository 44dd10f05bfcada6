package dev.footnote.positions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.footnote.text.TextAnalyzer;

/** Routing by intent: a question goes to positions when it asks what actors think or say, not when it holds the word "position". */
class PositionsIntentTest {

    private final PositionsIntent intent = new PositionsIntent(TextAnalyzer.english());

    @ParameterizedTest
    @ValueSource(strings = {
            "What position did Peyton Manning play?",
            "What is the position of the Sun in the solar system?",
            "Where is the position of the Eiffel Tower?",
            "Which position does the goalkeeper take at a corner kick?",
            "What did Vucic say in 2019?",
            "Who won the Super Bowl?",
            "In what position was the Pope buried?",
    })
    void questionsThatMerelyHoldTheWordGoToChat(String message) {
        assertThat(intent.asksPositions(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Summarize the positions of the US and Serbia on Kosovo",
            "Summarise the positions of the EU and Serbia",
            "Compare the EU and Serbia on Kosovo",
            "What do the EU and Serbia say about Kosovo?",
            "What does Serbia think about the Kosovo dispute?",
            "What is Serbia's position on Kosovo?",
            "What is the position of Serbia on Kosovo?",
            "Where do the EU and Serbia differ?",
    })
    void questionsAboutWhatActorsThinkGoToPositions(String message) {
        assertThat(intent.asksPositions(message)).as(message).isTrue();
    }
}
