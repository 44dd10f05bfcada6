package dev.footnote.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.TermWeights;

/**
 * How close each two statements on a topic are, and the groups they fall into: average linkage, merging while a
 * group's average closeness is at least {@code min-point-similarity}.
 */
final class StatementGroups {

    private final TermWeights weights;
    private final PointSettings settings;

    StatementGroups(TermWeights weights, PointSettings settings) {
        this.weights = weights;
        this.settings = settings;
    }

    /** 0..1 for each two statements: weighted shared words, or how much closer than average their sentences are. */
    double[][] closeness(List<ScoredStatement> all, List<Set<String>> terms) {
        int n = all.size();
        double[][] cosine = new double[n][n];
        boolean embedded = all.stream().allMatch(s -> s.vector() != null);
        double mean = 0;
        int pairs = 0;
        if (embedded) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    cosine[i][j] = SentenceEmbeddings.cosine(all.get(i).vector(), all.get(j).vector());
                    mean += cosine[i][j];
                    pairs++;
                }
            }
            mean = pairs == 0 ? 0 : mean / pairs;
        }
        double[][] close = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double c = overlap(terms.get(i), terms.get(j));
                if (embedded && pairs > 1 && mean < 1) {
                    // The topic's statements are all somewhat alike; what counts is how much closer than that.
                    c = Math.max(c, (cosine[i][j] - mean) / (1 - mean));
                }
                close[i][j] = c;
                close[j][i] = c;
            }
        }
        return close;
    }

    /** Shared weight over the smaller statement's weight. */
    private double overlap(Set<String> a, Set<String> b) {
        double wa = a.stream().mapToDouble(weights::idf).sum();
        double wb = b.stream().mapToDouble(weights::idf).sum();
        if (wa <= 0 || wb <= 0) {
            return 0;
        }
        double shared = a.stream().filter(b::contains).mapToDouble(weights::idf).sum();
        return shared / Math.min(wa, wb);
    }

    /** Average linkage: merges the two closest groups while they are at least {@code min-point-similarity} alike. */
    List<List<Integer>> group(double[][] close) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < close.length; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        while (groups.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = settings.minSimilarity();
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double sum = 0;
                    for (int x : groups.get(a)) {
                        for (int y : groups.get(b)) {
                            sum += close[x][y];
                        }
                    }
                    double average = sum / (groups.get(a).size() * groups.get(b).size());
                    if (average >= best) {
                        best = average;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            groups.get(bestA).addAll(groups.remove(bestB));
            groups.get(bestA).sort(Integer::compare);
        }
        return groups;
    }
}
