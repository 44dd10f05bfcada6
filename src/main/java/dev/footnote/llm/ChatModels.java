package dev.footnote.llm;

import java.time.Duration;
import java.util.List;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * Builds the chat models of one provider and wraps them in the {@link LlmClient}: the only place
 * that names a provider module, so that every feature reaches a model through the client.
 */
public final class ChatModels {

    public enum Provider { OPENAI, OLLAMA }

    /**
     * Where and how to reach the model.
     *
     * @param connectTimeout the longest wait to connect
     * @param limits         what one call may cost: time, silence mid-stream, tokens, characters
     */
    public record Connection(Provider provider, String baseUrl, String apiKey, String model, double temperature,
                             Duration connectTimeout, CallLimits limits) {
    }

    private ChatModels() {
    }

    /** The client of the connection's blocking and streaming models, with call logging. */
    public static LlmClient client(Connection c, int maxRetries, Duration retryBackoff) {
        List<ChatModelListener> listeners = List.of(new LlmCallLog());
        FixedTimeouts http = FixedTimeouts.forChat(c.connectTimeout(), c.limits());
        int maxTokens = c.limits().maxTokens();
        ChatModel chat;
        StreamingChatModel streaming;
        // Retries are LlmClient's (429/5xx only, same for streaming), so LangChain4j's own are off.
        if (c.provider() == Provider.OLLAMA) {
            chat = OllamaChatModel.builder().httpClientBuilder(http).baseUrl(c.baseUrl())
                    .modelName(c.model()).temperature(c.temperature()).numPredict(maxTokens).maxRetries(0).listeners(listeners).build();
            streaming = OllamaStreamingChatModel.builder().httpClientBuilder(http).baseUrl(c.baseUrl())
                    .modelName(c.model()).temperature(c.temperature()).numPredict(maxTokens).listeners(listeners).build();
        } else {
            chat = OpenAiChatModel.builder().httpClientBuilder(http).baseUrl(c.baseUrl())
                    .apiKey(c.apiKey()).modelName(c.model()).temperature(c.temperature()).maxTokens(maxTokens).maxRetries(0)
                    .listeners(listeners).build();
            streaming = OpenAiStreamingChatModel.builder().httpClientBuilder(http).baseUrl(c.baseUrl())
                    .apiKey(c.apiKey()).modelName(c.model()).temperature(c.temperature()).maxTokens(maxTokens)
                    .listeners(listeners).build();
        }
        return new LlmClient(chat, streaming, new LlmClient.Settings(c.model(), maxRetries, retryBackoff, c.limits()));
    }
}
