package dev.footnote.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import dev.footnote.outage.EmbeddingUnavailableException;

/**
 * BM25 and dense retrieval fused by reciprocal rank: exact words (names, numbers, rare terms) from
 * BM25, paraphrases from the embeddings. Each side contributes its own candidate list. Optionally a
 * third ranking joins the fusion: the candidates of both sides ordered by their best-matching
 * sentence ({@link SentenceMatcher}). The query is embedded once for both vector rankings, and the
 * answerer reuses that vector ({@link Query#vector}). The vector side (embedding the question, then the nearest
 * passages) can run beside BM25 on an executor of its own: the embedding is a call to a model, often on another
 * machine, and both searches wait on the index's segments.
 */
public final class HybridRetriever implements Retriever {

    /**
     * @param bm25Candidates     passages taken from BM25 before fusion
     * @param denseCandidates    passages taken from the vector search before fusion
     * @param bm25Weight         weight of a BM25 rank in the fused score
     * @param denseWeight        weight of a dense rank in the fused score
     * @param sentenceWeight     weight of a best-sentence rank in the fused score; 0 leaves sentences out
     * @param sentenceCandidates how many of each side's best candidates are ranked by their sentences
     */
    public record Settings(int bm25Candidates, int denseCandidates, double bm25Weight, double denseWeight,
                           double sentenceWeight, int sentenceCandidates) {

        public Settings {
            if (bm25Candidates < 0 || denseCandidates < 0 || bm25Candidates + denseCandidates == 0) {
                throw new IllegalArgumentException("candidate counts must be >= 0 and not both 0");
            }
            if (bm25Weight < 0 || denseWeight < 0 || sentenceWeight < 0 || sentenceCandidates < 0) {
                throw new IllegalArgumentException("fusion weights and sentence candidates must be >= 0");
            }
        }

        /** BM25 and passage vectors only. */
        public Settings(int bm25Candidates, int denseCandidates, double bm25Weight, double denseWeight) {
            this(bm25Candidates, denseCandidates, bm25Weight, denseWeight, 0, 0);
        }
    }

    /** The vector side: embeds a query (once: {@link Query#vector}), then finds nearest passages and (optionally) best sentences. */
    public interface VectorSide {
        float[] embed(Query query);

        List<RetrievedPassage> nearest(float[] queryVector, int limit);

        /** The candidates ordered by their best sentence; empty when sentence vectors are not kept. */
        List<RetrievedPassage> bySentence(float[] queryVector, List<RetrievedPassage> candidates);
    }

    /** The query's vector and the passages nearest to it. */
    private record Nearest(float[] queryVector, List<RetrievedPassage> passages) {
    }

    private final Retriever bm25;
    private final VectorSide vectors;
    private final ReciprocalRankFusion fusion;
    private final Settings settings;
    private final Executor vectorSide;

    /** Both sides one after the other, on the caller's thread. */
    public HybridRetriever(Retriever bm25, VectorSide vectors, ReciprocalRankFusion fusion, Settings settings) {
        this(bm25, vectors, fusion, settings, Runnable::run);
    }

    /** @param vectorSide runs the vector side while the caller's thread searches BM25 */
    public HybridRetriever(Retriever bm25, VectorSide vectors, ReciprocalRankFusion fusion, Settings settings,
                           Executor vectorSide) {
        this.bm25 = bm25;
        this.vectors = vectors;
        this.fusion = fusion;
        this.settings = settings;
        this.vectorSide = vectorSide;
    }

    /** The vector side of a dense retriever and, when sentences take part, a sentence matcher. */
    public static VectorSide vectorSide(DenseRetriever dense, SentenceMatcher sentences) {
        return new VectorSide() {
            @Override
            public float[] embed(Query query) {
                return dense.embed(query);
            }

            @Override
            public List<RetrievedPassage> nearest(float[] queryVector, int limit) {
                return dense.nearest(queryVector, limit);
            }

            @Override
            public List<RetrievedPassage> bySentence(float[] queryVector, List<RetrievedPassage> candidates) {
                return sentences == null ? List.of() : sentences.rank(queryVector, candidates);
            }
        };
    }

    @Override
    public List<RetrievedPassage> retrieve(Query query, int limit) {
        if (limit <= 0 || query.retrievalText().isBlank()) {
            return List.of();
        }
        // Never fewer candidates than asked for, or fusion could not fill the page.
        int denseLimit = Math.max(limit, settings.denseCandidates());
        CompletableFuture<Nearest> nearest = CompletableFuture.supplyAsync(() -> {
            float[] queryVector = vectors.embed(query);
            return new Nearest(queryVector, vectors.nearest(queryVector, denseLimit));
        }, vectorSide);
        List<RetrievedPassage> lexical = bm25.retrieve(query, Math.max(limit, settings.bm25Candidates()));
        Nearest found;
        try {
            found = nearest.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof EmbeddingUnavailableException unavailable) {
                // The embedding server is down: BM25 still answers, and the reply says what it lacked.
                query.warn(Query.withoutEmbeddings(unavailable.getMessage()));
                return lexical.size() > limit ? lexical.subList(0, limit) : lexical;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        float[] queryVector = found.queryVector();
        List<RetrievedPassage> semantic = found.passages();
        List<ReciprocalRankFusion.Ranking> rankings = new ArrayList<>(List.of(
                new ReciprocalRankFusion.Ranking(lexical, settings.bm25Weight()),
                new ReciprocalRankFusion.Ranking(semantic, settings.denseWeight())));
        if (settings.sentenceWeight() > 0 && settings.sentenceCandidates() > 0) {
            rankings.add(new ReciprocalRankFusion.Ranking(
                    vectors.bySentence(queryVector, topOfEach(lexical, semantic)), settings.sentenceWeight()));
        }
        return fusion.fuse(rankings, limit);
    }

    /** The best {@code sentenceCandidates} of each ranking, without repeats, in order of first appearance. */
    private List<RetrievedPassage> topOfEach(List<RetrievedPassage> lexical, List<RetrievedPassage> semantic) {
        Map<String, RetrievedPassage> union = new LinkedHashMap<>();
        lexical.stream().limit(settings.sentenceCandidates()).forEach(r -> union.putIfAbsent(r.passage().id(), r));
        semantic.stream().limit(settings.sentenceCandidates()).forEach(r -> union.putIfAbsent(r.passage().id(), r));
        return new ArrayList<>(union.values());
    }
}
