package dev.footnote.llm;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

/**
 * An embedding model whose requests carry at most {@code batchSize} texts (a remote server limits
 * the size of a request, and a smaller request is cheaper to retry), whose answers are checked
 * (one vector per text, each of the expected dimension) and whose vectors are unit length, as the
 * index's cosine and dot-product arithmetic expects. A malformed answer fails loudly instead of
 * writing a wrong vector into the index.
 */
public final class BatchedEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel delegate;
    private final String modelName;
    private final int batchSize;
    /** 0 when any dimension is accepted (the first answer then fixes it for this process). */
    private volatile int dimension;

    /**
     * @param modelName what the model is called in logs and errors
     * @param dimension the expected vector length, or 0 to accept what the model returns
     */
    public BatchedEmbeddingModel(EmbeddingModel delegate, String modelName, int batchSize, int dimension) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, was " + batchSize);
        }
        if (dimension < 0) {
            throw new IllegalArgumentException("dimension must be >= 0, was " + dimension);
        }
        this.delegate = delegate;
        this.modelName = modelName;
        this.batchSize = batchSize;
        this.dimension = dimension;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> all = new ArrayList<>(segments.size());
        for (int from = 0; from < segments.size(); from += batchSize) {
            List<TextSegment> batch = segments.subList(from, Math.min(segments.size(), from + batchSize));
            List<Embedding> embedded = delegate.embedAll(batch).content();
            if (embedded == null || embedded.size() != batch.size()) {
                throw new IllegalStateException("embedding model " + modelName + " returned "
                        + (embedded == null ? "no" : embedded.size()) + " vectors for " + batch.size() + " texts");
            }
            for (Embedding e : embedded) {
                all.add(checked(e));
            }
        }
        return Response.from(all);
    }

    private Embedding checked(Embedding embedding) {
        int length = embedding.vector().length;
        if (dimension == 0) {
            dimension = length;
        } else if (length != dimension) {
            throw new IllegalStateException("embedding model " + modelName + " returned a vector of dimension " + length
                    + ", expected " + dimension + " (footnote.embedding.dimensions)");
        }
        embedding.normalize();
        return embedding;
    }

    @Override
    public int dimension() {
        return dimension > 0 ? dimension : delegate.dimension();
    }

    @Override
    public String modelName() {
        return modelName;
    }
}
