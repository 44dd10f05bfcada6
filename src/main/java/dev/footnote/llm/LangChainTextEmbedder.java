package dev.footnote.llm;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import dev.footnote.text.Sentences;
import dev.footnote.index.TextEmbedder;

/** A LangChain4j {@link EmbeddingModel} as the index's {@link TextEmbedder}. */
public final class LangChainTextEmbedder implements TextEmbedder {

    private final EmbeddingModel model;
    private final String modelId;

    public LangChainTextEmbedder(EmbeddingModel model, String modelId) {
        this.model = model;
        this.modelId = modelId;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public List<float[][]> embedPartsInContext(List<String> texts, List<List<Sentences.Span>> parts) {
        if (model instanceof MiniLmEmbeddingModel miniLm) {
            return miniLm.embedPartsInContext(texts, parts);
        }
        return embedWithParts(texts, parts);
    }

    @Override
    public boolean embedsPartsInContext() {
        return model instanceof MiniLmEmbeddingModel;
    }
}
