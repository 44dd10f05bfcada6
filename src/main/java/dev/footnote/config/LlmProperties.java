package dev.footnote.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The language model that writes answers, if any. Without one ({@code provider: none}) answers
 * are extractive.
 *
 * @param provider       {@code none}, {@code openai} (OpenAI or any OpenAI-compatible server) or {@code ollama}
 * @param baseUrl        the API root, e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434}; defaults per provider
 * @param model          the model name, e.g. {@code gpt-4o-mini} or {@code llama3.1}; required with a provider
 * @param apiKey         the API key; set it with the environment variable {@code FOOTNOTE_LLM_API_KEY}, never in a file
 * @param temperature    sampling temperature; 0 keeps answers close to the passages
 * @param timeout        the whole call: from sending the request to the last byte of the answer, streamed or not
 * @param connectTimeout the longest wait to connect to the server
 * @param maxRetries     retries after HTTP 429 or 5xx, before falling back to the extractive answer
 * @param retryBackoff   the wait before the first retry; it doubles with each further retry
 * @param prompts        the prompt files, read at start-up
 * @param idleTimeout    the longest silence between two pieces of a streamed answer, once it has begun
 * @param maxTokens      the model's output limit, sent with every request ({@code max_tokens}; Ollama's {@code num_predict})
 * @param maxAnswerChars the most characters of a model's answer that are read and verified; a longer answer is given up
 */
@ConfigurationProperties(prefix = "footnote.llm", ignoreUnknownFields = false)
public record LlmProperties(
        @DefaultValue("none") Provider provider,
        String baseUrl,
        String model,
        String apiKey,
        @DefaultValue("0.0") double temperature,
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("2") int maxRetries,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue PromptPaths prompts,
        @DefaultValue("30s") Duration idleTimeout,
        @DefaultValue("1024") int maxTokens,
        @DefaultValue("16000") int maxAnswerChars) {

    public enum Provider { NONE, OPENAI, OLLAMA }

    /**
     * @param system   the system prompt: the rules
     * @param answer   the answer prompt, with {@code {{passages}}} and {@code {{question}}}
     * @param condense the follow-up rewriting prompt, with {@code {{history}}} and {@code {{question}}}
     */
    public record PromptPaths(
            @DefaultValue("prompts/system.txt") Path system,
            @DefaultValue("prompts/answer.txt") Path answer,
            @DefaultValue("prompts/condense.txt") Path condense) {
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    /** The configured base URL, or the provider's usual one. */
    public String effectiveBaseUrl() {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl;
        }
        return provider == Provider.OLLAMA ? "http://localhost:11434" : "https://api.openai.com/v1";
    }
}
