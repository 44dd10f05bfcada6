package dev.footnote.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where passage and query vectors are computed. The default needs no network: MiniLM in this
 * process. A remote server (a GPU box with Ollama, or any OpenAI-compatible embeddings endpoint)
 * takes the load off the machine that serves. The index records which model made its vectors:
 * changing the model re-embeds a Lucene index and is refused by a Solr collection.
 *
 * @param provider       {@code in-process} (MiniLM, see {@code footnote.retrieval.embedding-model}), {@code openai} or {@code ollama}
 * @param baseUrl        the API root, e.g. {@code https://api.openai.com/v1} or {@code http://gpu-box:11434}; defaults per provider
 * @param model          the model name, e.g. {@code text-embedding-3-small} or {@code nomic-embed-text}; required for a remote
 *                       provider; for {@code in-process} it overrides {@code footnote.retrieval.embedding-model}
 * @param apiKey         the API key; set it with the environment variable {@code FOOTNOTE_EMBEDDING_API_KEY}, never in a file
 * @param dimensions     the vector length: asked of OpenAI models that can shorten their vectors, and checked on every answer;
 *                       0 accepts the model's own
 * @param batchSize      texts per request to the embedding server
 * @param timeout        read timeout of one request
 * @param connectTimeout the longest wait to connect to the server
 * @param maxRetries     retries of a request that failed with HTTP 429, 5xx or a timeout (4xx other than 429 is not retried)
 */
@ConfigurationProperties(prefix = "footnote.embedding", ignoreUnknownFields = false)
public record EmbeddingProperties(
        @DefaultValue("in-process") Provider provider,
        String baseUrl,
        String model,
        String apiKey,
        @DefaultValue("0") int dimensions,
        @DefaultValue("64") int batchSize,
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("2") int maxRetries) {

    public enum Provider { IN_PROCESS, OPENAI, OLLAMA }

    public EmbeddingProperties {
        if (dimensions < 0) {
            throw new IllegalArgumentException("footnote.embedding.dimensions must be >= 0, was " + dimensions);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("footnote.embedding.batch-size must be >= 1, was " + batchSize);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("footnote.embedding.max-retries must be >= 0, was " + maxRetries);
        }
    }

    /** The configured base URL, or the provider's usual one. */
    public String effectiveBaseUrl() {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl;
        }
        return provider == Provider.OLLAMA ? "http://localhost:11434" : "https://api.openai.com/v1";
    }

    /**
     * The name under which the index records its vectors: the in-process model's plain name (as
     * before, so existing indexes stay valid), else provider, model and any requested dimension.
     */
    public String modelId(String inProcessModel) {
        if (provider == Provider.IN_PROCESS) {
            return inProcessModel;
        }
        return provider.name().toLowerCase() + ":" + model + (dimensions > 0 ? "@" + dimensions : "");
    }
}
