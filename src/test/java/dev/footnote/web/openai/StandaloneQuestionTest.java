package dev.footnote.web.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class StandaloneQuestionTest {

    private static CompletionRequest.Message msg(String role, String content) {
        return new CompletionRequest.Message(role, JsonNodeFactory.instance.textNode(content));
    }

    @Test
    void theLastUserMessageIsTheQuestion() {
        assertThat(StandaloneQuestion.from(List.of(msg("system", "Be brief."), msg("user", "  Who urged restraint? "))))
                .isEqualTo("Who urged restraint?");
    }

    @Test
    void aSelfContainedSecondQuestionStandsAlone() {
        assertThat(StandaloneQuestion.from(List.of(msg("user", "Who urged restraint?"), msg("assistant", "The EU."),
                msg("user", "What did Vucic warn of?"))))
                .isEqualTo("What did Vucic warn of?");
    }

    @Test
    void aFollowUpLeaningOnAPronounCarriesThePreviousQuestion() {
        assertThat(StandaloneQuestion.from(List.of(msg("user", "What did Vucevic say?"), msg("assistant", "…"),
                msg("user", "Did he mention the police?"))))
                .isEqualTo("What did Vucevic say?\nDid he mention the police?");
        assertThat(StandaloneQuestion.isFollowUp("what about Belgrade")).isTrue();
        assertThat(StandaloneQuestion.isFollowUp("Whether Serbia negotiates")).isFalse();
    }

    @Test
    void withoutAUserMessageThereIsNoQuestion() {
        assertThatThrownBy(() -> StandaloneQuestion.from(List.of(msg("system", "hi"), msg("user", "  "))))
                .isInstanceOf(OpenAiException.class).hasMessageContaining("user message");
        assertThatThrownBy(() -> StandaloneQuestion.from(null)).isInstanceOf(OpenAiException.class);
    }
}
