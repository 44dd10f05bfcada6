package dev.footnote.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

/** The gateway's retries and failures, against a hand-written model: no server. */
class LlmClientTest {

    private static final ChatRequest REQUEST = ChatRequest.builder().messages(UserMessage.from("Who urged restraint?")).build();

    /** Fails with the given HTTP statuses, one per call, then answers. */
    private static final class ScriptedModel implements ChatModel {

        final List<Integer> statuses;
        int calls;

        ScriptedModel(Integer... statuses) {
            this.statuses = new ArrayList<>(List.of(statuses));
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            calls++;
            if (!statuses.isEmpty()) {
                throw new HttpException(statuses.remove(0), "scripted");
            }
            return ChatResponse.builder().aiMessage(AiMessage.from("The EU [1].")).modelName("scripted-1").build();
        }
    }

    private static LlmClient client(ChatModel model, int maxRetries) {
        return new LlmClient(model, null, new LlmClient.Settings("configured", maxRetries, Duration.ZERO, Duration.ofSeconds(1)));
    }

    @Test
    void serverErrorsAndRateLimitsAreRetriedUntilTheModelAnswers() throws Exception {
        ScriptedModel model = new ScriptedModel(503, 429);

        LlmClient.Reply reply = client(model, 2).chat(REQUEST);

        assertThat(reply.text()).isEqualTo("The EU [1].");
        assertThat(reply.model()).isEqualTo("scripted-1");
        assertThat(model.calls).isEqualTo(3);
    }

    @Test
    void retriesEndInAFailureThatSaysWhy() {
        ScriptedModel model = new ScriptedModel(500, 500, 500);

        assertThatThrownBy(() -> client(model, 2).chat(REQUEST)).isInstanceOf(LlmFailure.class)
                .satisfies(e -> assertThat(((LlmFailure) e).reason()).isEqualTo("failed with HTTP 500 after 2 retries"));
        assertThat(model.calls).isEqualTo(3);
    }

    @Test
    void aRefusalIsNotRetried() {
        ScriptedModel model = new ScriptedModel(401);

        assertThatThrownBy(() -> client(model, 2).chat(REQUEST)).isInstanceOf(LlmFailure.class)
                .satisfies(e -> assertThat(((LlmFailure) e).reason()).isEqualTo("refused the request with HTTP 401"));
        assertThat(model.calls).isEqualTo(1);
    }
}
