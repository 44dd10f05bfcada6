package dev.footnote.retrieval;

import java.util.List;

import dev.footnote.index.PassageIndex;

/** Nearest neighbours of the query's embedding among the passage vectors (HNSW, cosine). */
public final class DenseRetriever implements Retriever {

    private final PassageIndex index;

    public DenseRetriever(PassageIndex index) {
        if (!index.hasVectors()) {
            throw new IllegalArgumentException("dense retrieval needs an index built with an embedder");
        }
        this.index = index;
    }

    @Override
    public List<RetrievedPassage> retrieve(String query, int limit) {
        if (query.isBlank() || limit <= 0) {
            return List.of();
        }
        float[] vector = index.embedder().embed(query);
        return index.nearest(vector, limit).stream()
                .map(hit -> new RetrievedPassage(hit.passage(), hit.score()))
                .toList();
    }
}
