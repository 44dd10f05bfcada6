package dev.footnote.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.footnote.corpus.Passage;

/**
 * Reciprocal rank fusion (Cormack et al. 2009): a passage scores {@code sum of weight / (k + rank)}
 * over the rankings it appears in (rank from 1). Only ranks count, so BM25 scores and cosine
 * similarities need no common scale. Ties go to the passage id, so the order is the same on every run.
 */
public final class ReciprocalRankFusion {

    private final double k;

    public ReciprocalRankFusion(double k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, was " + k);
        }
        this.k = k;
    }

    /** One ranking to fuse and how much its ranks count. */
    public record Ranking(List<RetrievedPassage> passages, double weight) {
    }

    /** The fused ranking, best first, at most {@code limit} long; scores are the fused RRF scores. */
    public List<RetrievedPassage> fuse(List<Ranking> rankings, int limit) {
        Map<String, Passage> passages = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Ranking ranking : rankings) {
            for (int i = 0; i < ranking.passages().size(); i++) {
                Passage p = ranking.passages().get(i).passage();
                passages.putIfAbsent(p.id(), p);
                scores.merge(p.id(), ranking.weight() / (k + i + 1), Double::sum);
            }
        }
        List<RetrievedPassage> fused = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> fused.add(new RetrievedPassage(passages.get(id), score)));
        fused.sort(Comparator.comparingDouble(RetrievedPassage::score).reversed()
                .thenComparing(r -> r.passage().id()));
        return fused.size() > limit ? List.copyOf(fused.subList(0, limit)) : fused;
    }
}
