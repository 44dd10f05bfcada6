package dev.footnote.retrieval;

import java.util.List;

/**
 * BM25 and dense retrieval fused by reciprocal rank: exact words (names, numbers, rare terms) from
 * BM25, paraphrases from the embeddings. Each side contributes its own candidate list.
 */
public final class HybridRetriever implements Retriever {

    /**
     * @param bm25Candidates  passages taken from BM25 before fusion
     * @param denseCandidates passages taken from the vector search before fusion
     * @param bm25Weight      weight of a BM25 rank in the fused score
     * @param denseWeight     weight of a dense rank in the fused score
     */
    public record Settings(int bm25Candidates, int denseCandidates, double bm25Weight, double denseWeight) {

        public Settings {
            if (bm25Candidates < 0 || denseCandidates < 0 || bm25Candidates + denseCandidates == 0) {
                throw new IllegalArgumentException("candidate counts must be >= 0 and not both 0");
            }
            if (bm25Weight < 0 || denseWeight < 0) {
                throw new IllegalArgumentException("fusion weights must be >= 0");
            }
        }
    }

    private final Retriever bm25;
    private final Retriever dense;
    private final ReciprocalRankFusion fusion;
    private final Settings settings;

    public HybridRetriever(Retriever bm25, Retriever dense, ReciprocalRankFusion fusion, Settings settings) {
        this.bm25 = bm25;
        this.dense = dense;
        this.fusion = fusion;
        this.settings = settings;
    }

    @Override
    public List<RetrievedPassage> retrieve(String query, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // Never fewer candidates than asked for, or fusion could not fill the page.
        List<RetrievedPassage> lexical = bm25.retrieve(query, Math.max(limit, settings.bm25Candidates()));
        List<RetrievedPassage> semantic = dense.retrieve(query, Math.max(limit, settings.denseCandidates()));
        return fusion.fuse(List.of(
                new ReciprocalRankFusion.Ranking(lexical, settings.bm25Weight()),
                new ReciprocalRankFusion.Ranking(semantic, settings.denseWeight())), limit);
    }
}
