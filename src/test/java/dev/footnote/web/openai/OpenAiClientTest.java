package dev.footnote.web.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import dev.footnote.web.FootnoteServerTest;

/**
 * A client we did not write, speaking the real protocol: LangChain4j's OpenAI models pointed at
 * the running app's {@code /v1} get the cited answer back, whole and streamed.
 */
@FootnoteServerTest
class OpenAiClientTest {

    private static final String QUESTION = "What did Vucevic say about the armed forces and police?";
    private static final String FOOTNOTE = "[^1]: statements by Milos Vucevic on security posture and negotiation options, 2023–2024 — \u201C";

    @LocalServerPort
    int port;

    private String baseUrl() {
        return "http://localhost:" + port + "/v1";
    }

    @Test
    void openAiChatModelGetsTheCitedAnswer() {
        OpenAiChatModel model = OpenAiChatModel.builder()
                .baseUrl(baseUrl()).apiKey("not-needed").modelName("footnote")
                .timeout(Duration.ofSeconds(30)).maxRetries(0).build();

        ChatResponse response = model.chat(ChatRequest.builder().messages(UserMessage.from(QUESTION)).build());

        String text = response.aiMessage().text();
        assertThat(text).contains("armed forces and police are prepared").contains("[^1]").contains(FOOTNOTE);
        assertThat(response.metadata().modelName()).isEqualTo("footnote");
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(11);
        assertThat(response.tokenUsage().outputTokenCount()).isPositive();
    }

    @Test
    void openAiStreamingChatModelGetsTheCitedAnswerInPieces() throws Exception {
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder()
                .baseUrl(baseUrl()).apiKey("not-needed").modelName("footnote")
                .timeout(Duration.ofSeconds(30)).build();
        StringBuilder partials = new StringBuilder();
        int[] pieces = {0};
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        model.chat(QUESTION, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                partials.append(partial);
                pieces[0]++;
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response = done.get(30, TimeUnit.SECONDS);

        String text = response.aiMessage().text();
        assertThat(text).contains("armed forces and police are prepared").contains(FOOTNOTE);
        assertThat(partials.toString()).isEqualTo(text);
        assertThat(pieces[0]).isGreaterThan(5);
        assertThat(response.finishReason()).hasToString("STOP");
    }
}
