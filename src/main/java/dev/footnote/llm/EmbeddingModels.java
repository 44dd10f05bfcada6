package dev.footnote.llm;

import java.time.Duration;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;

/**
 * Builds the embedding model: in-process MiniLM, or a remote OpenAI-compatible or Ollama server
 * through LangChain4j, with its own timeouts and retries, in requests of bounded size whose vectors
 * are checked ({@link BatchedEmbeddingModel}).
 */
public final class EmbeddingModels {

    public static final String MINILM = "all-minilm-l6-v2";
    public static final String MINILM_QUANTIZED = "all-minilm-l6-v2-q";

    public enum Provider { OPENAI, OLLAMA }

    /**
     * Where and how to reach a remote embedding model.
     *
     * @param dimensions     the vector length asked of the model (OpenAI) and checked on every answer; 0 accepts the model's own
     * @param batchSize      texts per request
     * @param maxRetries     retries of a request that failed with HTTP 429, 5xx or a timeout
     */
    public record Remote(Provider provider, String baseUrl, String apiKey, String model, int dimensions, int batchSize,
                         Duration connectTimeout, Duration readTimeout, int maxRetries) {
    }

    private EmbeddingModels() {
    }

    /**
     * In-process quantized MiniLM: embeddings with no network and no server. Only this model ships
     * (the full-precision variant doubled the jar for no gain on the evaluation). Closeable: closing
     * waits up to {@code closeWait} for embeddings in flight.
     *
     * @param threads        texts embedded in parallel
     * @param sessionThreads threads ONNX Runtime uses inside one text's run
     */
    public static MiniLmEmbeddingModel inProcess(String model, int threads, int sessionThreads, Duration closeWait) {
        if (!MINILM_QUANTIZED.equals(model)) {
            throw new IllegalArgumentException("the in-process embedding model (footnote.retrieval.embedding-model) must be "
                    + MINILM_QUANTIZED + " (the model shipped in the jar), was '" + model + "'"
                    + (MINILM.equals(model) ? "; the full-precision " + MINILM + " is no longer shipped" : "")
                    + "; for another model set footnote.embedding.provider=openai or ollama");
        }
        return MiniLmEmbeddingModel.load(threads, sessionThreads, closeWait);
    }

    public static EmbeddingModel remote(Remote r) {
        FixedTimeouts http = FixedTimeouts.forEmbeddings(r.connectTimeout(), r.readTimeout());
        // LangChain4j retries what it maps to retriable failures (429, 5xx, timeouts), never another 4xx.
        EmbeddingModel model = r.provider() == Provider.OLLAMA
                ? OllamaEmbeddingModel.builder().httpClientBuilder(http).baseUrl(r.baseUrl()).modelName(r.model())
                        .maxRetries(r.maxRetries()).build()
                : OpenAiEmbeddingModel.builder().httpClientBuilder(http).baseUrl(r.baseUrl()).apiKey(r.apiKey())
                        .modelName(r.model()).dimensions(r.dimensions() > 0 ? r.dimensions() : null)
                        .maxSegmentsPerBatch(r.batchSize()).maxRetries(r.maxRetries()).build();
        return new BatchedEmbeddingModel(model, r.provider().name().toLowerCase() + ":" + r.model(), r.batchSize(), r.dimensions());
    }
}
