package dev.footnote.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.langchain4j.model.embedding.EmbeddingModel;

import dev.footnote.index.TextEmbedder;
import dev.footnote.llm.EmbeddingModels;
import dev.footnote.llm.LangChainTextEmbedder;
import dev.footnote.llm.RemoteEmbedder;

/**
 * The embedding model ({@code footnote.embedding.*}): in-process MiniLM by default, or a remote
 * OpenAI-compatible or Ollama server, built by the gateway ({@link EmbeddingModels}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddingProperties.class)
class EmbeddingConfiguration {

    /** Closed (inferred {@code close()}) after everything that embeds: the in-process model waits for embeddings in flight. */
    @Bean
    EmbeddingModel embeddingModel(EmbeddingProperties embedding, RetrievalProperties retrieval, IndexProperties index) {
        if (embedding.provider() == EmbeddingProperties.Provider.IN_PROCESS) {
            int threads = retrieval.embeddingThreads() > 0 ? retrieval.embeddingThreads() : Runtime.getRuntime().availableProcessors();
            return EmbeddingModels.inProcess(inProcessModel(embedding, retrieval), threads, retrieval.embeddingSessionThreads(),
                    index.shutdownWait());
        }
        if (embedding.model() == null || embedding.model().isBlank()) {
            throw new IllegalStateException("footnote.embedding.model must be set when footnote.embedding.provider is "
                    + embedding.provider().name().toLowerCase() + " (e.g. --footnote.embedding.model="
                    + (embedding.provider() == EmbeddingProperties.Provider.OLLAMA ? "nomic-embed-text" : "text-embedding-3-small") + ").");
        }
        boolean openAiItself = embedding.provider() == EmbeddingProperties.Provider.OPENAI
                && embedding.effectiveBaseUrl().contains("api.openai.com");
        if (openAiItself && (embedding.apiKey() == null || embedding.apiKey().isBlank())) {
            throw new IllegalStateException("footnote.embedding.api-key is not set: export FOOTNOTE_EMBEDDING_API_KEY=<your OpenAI key> "
                    + "(self-hosted OpenAI-compatible servers need none: set footnote.embedding.base-url to them).");
        }
        return EmbeddingModels.remote(new EmbeddingModels.Remote(
                embedding.provider() == EmbeddingProperties.Provider.OLLAMA ? EmbeddingModels.Provider.OLLAMA : EmbeddingModels.Provider.OPENAI,
                embedding.effectiveBaseUrl(), embedding.apiKey(), embedding.model(), embedding.dimensions(), embedding.batchSize(),
                embedding.connectTimeout(), embedding.timeout(), embedding.maxRetries()));
    }

    @Bean
    TextEmbedder textEmbedder(EmbeddingModel model, EmbeddingProperties embedding, RetrievalProperties retrieval) {
        TextEmbedder embedder = new LangChainTextEmbedder(model, embedding.modelId(inProcessModel(embedding, retrieval)));
        if (embedding.provider() == EmbeddingProperties.Provider.IN_PROCESS) {
            return embedder;
        }
        // A server can go away: its outages are told apart, so searches degrade to BM25 and indexing pauses.
        return new RemoteEmbedder(embedder, embedder.modelId() + " at " + embedding.effectiveBaseUrl());
    }

    /** {@code footnote.embedding.model} if set, else the older {@code footnote.retrieval.embedding-model}. */
    private static String inProcessModel(EmbeddingProperties embedding, RetrievalProperties retrieval) {
        return embedding.model() == null || embedding.model().isBlank() ? retrieval.embeddingModel() : embedding.model();
    }
}
