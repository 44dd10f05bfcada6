package dev.footnote.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;

import dev.footnote.embedding.BatchedEmbeddingModel;
import dev.footnote.index.TextEmbedder;

/**
 * The embedding model ({@code footnote.embedding.*}): in-process MiniLM by default, or a remote
 * OpenAI-compatible or Ollama server through LangChain4j, with its own timeouts and retries.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddingProperties.class)
class EmbeddingConfiguration {

    static final String MINILM = "all-minilm-l6-v2";
    static final String MINILM_QUANTIZED = "all-minilm-l6-v2-q";

    @Bean
    EmbeddingModel embeddingModel(EmbeddingProperties embedding, RetrievalProperties retrieval) {
        return switch (embedding.provider()) {
            case IN_PROCESS -> inProcess(inProcessModel(embedding, retrieval));
            case OPENAI -> new BatchedEmbeddingModel(openAi(embedding), embedding.modelId(null), embedding.batchSize(),
                    embedding.dimensions());
            case OLLAMA -> new BatchedEmbeddingModel(ollama(embedding), embedding.modelId(null), embedding.batchSize(),
                    embedding.dimensions());
        };
    }

    @Bean
    TextEmbedder textEmbedder(EmbeddingModel model, EmbeddingProperties embedding, RetrievalProperties retrieval) {
        return new LangChainTextEmbedder(model, embedding.modelId(inProcessModel(embedding, retrieval)));
    }

    /** {@code footnote.embedding.model} if set, else the older {@code footnote.retrieval.embedding-model}. */
    private static String inProcessModel(EmbeddingProperties embedding, RetrievalProperties retrieval) {
        return embedding.model() == null || embedding.model().isBlank() ? retrieval.embeddingModel() : embedding.model();
    }

    /** In-process MiniLM (full or quantized): embeddings with no network and no server. */
    private static EmbeddingModel inProcess(String model) {
        return switch (model) {
            case MINILM -> new AllMiniLmL6V2EmbeddingModel();
            case MINILM_QUANTIZED -> new AllMiniLmL6V2QuantizedEmbeddingModel();
            default -> throw new IllegalArgumentException("the in-process embedding model (footnote.retrieval.embedding-model) must be "
                    + MINILM + " or " + MINILM_QUANTIZED + ", was '" + model
                    + "'; for another model set footnote.embedding.provider=openai or ollama");
        };
    }

    private static EmbeddingModel openAi(EmbeddingProperties embedding) {
        requireModel(embedding, "text-embedding-3-small");
        boolean openAiItself = embedding.effectiveBaseUrl().contains("api.openai.com");
        if (openAiItself && (embedding.apiKey() == null || embedding.apiKey().isBlank())) {
            throw new IllegalStateException("footnote.embedding.api-key is not set: export FOOTNOTE_EMBEDDING_API_KEY=<your OpenAI key> "
                    + "(self-hosted OpenAI-compatible servers need none: set footnote.embedding.base-url to them).");
        }
        return OpenAiEmbeddingModel.builder()
                .httpClientBuilder(new FixedTimeouts(embedding.connectTimeout(), embedding.timeout()))
                .baseUrl(embedding.effectiveBaseUrl())
                .apiKey(embedding.apiKey())
                .modelName(embedding.model())
                .dimensions(embedding.dimensions() > 0 ? embedding.dimensions() : null)
                // Batching is BatchedEmbeddingModel's, so that both providers split requests alike.
                .maxSegmentsPerBatch(embedding.batchSize())
                // LangChain4j retries what it maps to retriable failures (429, 5xx, timeouts), never other 4xx.
                .maxRetries(embedding.maxRetries())
                .build();
    }

    private static EmbeddingModel ollama(EmbeddingProperties embedding) {
        requireModel(embedding, "nomic-embed-text");
        return OllamaEmbeddingModel.builder()
                .httpClientBuilder(new FixedTimeouts(embedding.connectTimeout(), embedding.timeout()))
                .baseUrl(embedding.effectiveBaseUrl())
                .modelName(embedding.model())
                .maxRetries(embedding.maxRetries())
                .build();
    }

    private static void requireModel(EmbeddingProperties embedding, String example) {
        if (embedding.model() == null || embedding.model().isBlank()) {
            throw new IllegalStateException("footnote.embedding.model must be set when footnote.embedding.provider is "
                    + embedding.provider().name().toLowerCase() + " (e.g. --footnote.embedding.model=" + example + ").");
        }
    }
}
