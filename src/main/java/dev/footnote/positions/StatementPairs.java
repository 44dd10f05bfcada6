package dev.footnote.positions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.footnote.evidence.SentenceEmbeddings;

/** How alike the statements of two sides are, pair by pair: what {@link PositionComparer} chooses its quotes by. */
final class StatementPairs {

    private StatementPairs() {
    }

    /** Sentence-embedding similarity of each pair; without embeddings, the Jaccard overlap of their content words. */
    static double[][] similarities(List<ScoredStatement> as, List<ScoredStatement> bs) {
        double[][] similarity = new double[as.size()][bs.size()];
        for (int x = 0; x < as.size(); x++) {
            for (int y = 0; y < bs.size(); y++) {
                ScoredStatement a = as.get(x);
                ScoredStatement b = bs.get(y);
                similarity[x][y] = a.vector() != null && b.vector() != null
                        ? Math.max(0, SentenceEmbeddings.cosine(a.vector(), b.vector()))
                        : jaccard(a.terms(), b.terms());
            }
        }
        return similarity;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        return (double) a.stream().filter(b::contains).count() / union.size();
    }

    /** The first index of the smallest value: ties go to the earlier statement, so the choice is stable. */
    static int argmin(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** A similarity to three decimals, as reported. */
    static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }
}
