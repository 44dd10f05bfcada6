package dev.footnote.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.langchain4j.model.embedding.EmbeddingModel;

import dev.footnote.llm.MiniLmEmbeddingModel;
import dev.footnote.text.TextAnalyzer;

/**
 * Reads the in-process models (MiniLM, the OpenNLP taggers) once the server is up, on threads of
 * their own: a start-up on 2 cores is CPU-bound (class loading, the JIT), so reading them during it
 * only delays health, while reading them now spares the first question the wait.
 */
@Component
@ConditionalOnWebApplication
class ModelWarmUp {

    private final EmbeddingModel embeddingModel;

    ModelWarmUp(EmbeddingModel embeddingModel) {
        this.embeddingModel = embeddingModel;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (embeddingModel instanceof MiniLmEmbeddingModel miniLm) {
            miniLm.warmUp();
        }
        TextAnalyzer.warmUp();
    }
}
