package dev.footnote.retrieval;

import java.util.List;

import dev.footnote.index.PassageIndex;

/** Nearest neighbours of the query's embedding among the passage vectors (HNSW, cosine). */
public final class DenseRetriever implements Retriever {

    private final PassageIndex index;
    private final int searchDepth;

    public DenseRetriever(PassageIndex index) {
        this(index, 1);
    }

    /**
     * @param searchDepth the least number of neighbours the HNSW search collects before the best are
     *                    kept: the graph search is approximate, and a wider beam finds more of the true nearest
     */
    public DenseRetriever(PassageIndex index, int searchDepth) {
        if (!index.hasVectors()) {
            throw new IllegalArgumentException("dense retrieval needs an index built with an embedder");
        }
        this.index = index;
        this.searchDepth = Math.max(1, searchDepth);
    }

    @Override
    public List<RetrievedPassage> retrieve(Query query, int limit) {
        if (query.retrievalText().isBlank() || limit <= 0) {
            return List.of();
        }
        return nearest(embed(query), limit);
    }

    /** The query's vector, with the model of the passage vectors: computed once per query, then shared. */
    public float[] embed(Query query) {
        return query.vector(index.embedder());
    }

    /** The passages nearest to an already embedded query. */
    public List<RetrievedPassage> nearest(float[] queryVector, int limit) {
        return index.nearest(queryVector, Math.max(limit, searchDepth)).stream()
                .limit(limit)
                .map(hit -> new RetrievedPassage(hit.passage(), hit.score()))
                .toList();
    }
}
