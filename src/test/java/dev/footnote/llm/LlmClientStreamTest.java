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
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;

/**
 * The gateway's streaming, against a hand-written streaming model that plays a script: pieces of
 * text, then a finish (or none), or an HTTP error. No server; limits of a few hundred milliseconds.
 */
class LlmClientStreamTest {

    private static final ChatRequest REQUEST = ChatRequest.builder().messages(UserMessage.from("Who urged restraint?")).build();
    private static final CallLimits LIMITS = new CallLimits(Duration.ofMillis(300), Duration.ofMillis(300), 64, 40);

    /** Plays, per call, either an HTTP status to fail with or pieces followed by a finish reason ({@code null}: none). */
    private static final class ScriptedStream implements StreamingChatModel {

        private final List<Object[]> calls = new ArrayList<>();
        int made;
        boolean cancelled;

        ScriptedStream fails(int status) {
            calls.add(new Object[] {status});
            return this;
        }

        ScriptedStream writes(FinishReason finish, String... pieces) {
            calls.add(new Object[] {finish, pieces});
            return this;
        }

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            Object[] call = calls.get(made++);
            if (call.length == 1) {
                handler.onError(new HttpException((Integer) call[0], "scripted"));
                return;
            }
            StreamingHandle handle = new StreamingHandle() {
                @Override
                public void cancel() {
                    cancelled = true;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            };
            StringBuilder text = new StringBuilder();
            for (String piece : (String[]) call[1]) {
                text.append(piece);
                handler.onPartialResponse(new PartialResponse(piece), new PartialResponseContext(handle));
            }
            FinishReason finish = (FinishReason) call[0];
            if (finish != null) {
                handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from(text.toString()))
                        .modelName("scripted-1").finishReason(finish).build());
            }
            // No finish: the stream just stops, as a stalled connection does.
        }
    }

    private static LlmClient client(ScriptedStream model, int maxRetries) {
        return new LlmClient(null, model, new LlmClient.Settings("configured", maxRetries, Duration.ZERO, LIMITS));
    }

    @Test
    void theTextArrivesPieceByPieceAndTheReplyIsWhole() throws Exception {
        List<String> deltas = new ArrayList<>();

        LlmClient.Reply reply = client(new ScriptedStream().writes(FinishReason.STOP, "The EU ", "[1]."), 0).stream(REQUEST, deltas::add);

        assertThat(deltas).containsExactly("The EU ", "[1].");
        assertThat(reply.text()).isEqualTo("The EU [1].");
        assertThat(reply.model()).isEqualTo("scripted-1");
    }

    @Test
    void aServerErrorBeforeAnyTextIsRetried() throws Exception {
        ScriptedStream model = new ScriptedStream().fails(503).writes(FinishReason.STOP, "The EU [1].");

        assertThat(client(model, 1).stream(REQUEST, text -> { }).text()).isEqualTo("The EU [1].");
        assertThat(model.made).isEqualTo(2);
    }

    @Test
    void aStreamThatStopsWithoutItsFinishIsGivenUpAtTheDeadlineAndCancelled() {
        ScriptedStream model = new ScriptedStream().writes(null, "The EU ");

        assertThatThrownBy(() -> client(model, 2).stream(REQUEST, text -> { }))
                .isInstanceOfSatisfying(LlmFailure.class, f -> assertThat(f.reason()).isEqualTo("did not answer within 300 ms"));
        assertThat(model.cancelled).isTrue();
        assertThat(model.made).as("text was passed on: not retried").isEqualTo(1);
    }

    @Test
    void anAnswerLongerThanTheLimitIsCutOffAndCancelled() {
        ScriptedStream model = new ScriptedStream().writes(FinishReason.STOP, "The EU urged restraint [1]. ", "And then it went on and on [1].");
        List<String> deltas = new ArrayList<>();

        assertThatThrownBy(() -> client(model, 0).stream(REQUEST, deltas::add))
                .isInstanceOfSatisfying(LlmFailure.class, f -> assertThat(f.reason()).contains("more than the 40 characters allowed"));
        assertThat(deltas).containsExactly("The EU urged restraint [1]. ");
        assertThat(model.cancelled).isTrue();
    }

    @Test
    void anAnswerStoppedAtTheTokenLimitIsAFailure() {
        ScriptedStream model = new ScriptedStream().writes(FinishReason.LENGTH, "The EU urged");

        assertThatThrownBy(() -> client(model, 0).stream(REQUEST, text -> { }))
                .isInstanceOfSatisfying(LlmFailure.class, f -> assertThat(f.reason())
                        .isEqualTo("stopped at its token limit (footnote.llm.max-tokens = 64) before finishing its answer"));
    }

    @Test
    void aListenerThatFailsEndsTheStreamWithItsOwnError() {
        ScriptedStream model = new ScriptedStream().writes(FinishReason.STOP, "The EU ", "[1].");
        IllegalStateException gone = new IllegalStateException("client went away");

        assertThatThrownBy(() -> client(model, 2).stream(REQUEST, text -> {
            throw gone;
        })).isSameAs(gone);
        assertThat(model.made).isEqualTo(1);
        assertThat(model.cancelled).isTrue();
    }
}
