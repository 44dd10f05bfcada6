package dev.footnote.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SQuAD's official answer scores: exact match and token F1 after its normalisation, best over the gold answers. */
public final class AnswerScores {

    private AnswerScores() {
    }

    public static double exactMatch(String prediction, Collection<String> golds) {
        String p = RankingMetrics.normalise(prediction);
        return golds.stream().anyMatch(g -> RankingMetrics.normalise(g).equals(p)) ? 1 : 0;
    }

    public static double f1(String prediction, Collection<String> golds) {
        return golds.stream().mapToDouble(g -> f1(prediction, g)).max().orElse(0);
    }

    private static double f1(String prediction, String gold) {
        List<String> predicted = tokens(prediction);
        List<String> expected = tokens(gold);
        if (predicted.isEmpty() || expected.isEmpty()) {
            return predicted.equals(expected) ? 1 : 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        expected.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : predicted) {
            Integer left = counts.get(t);
            if (left != null && left > 0) {
                counts.put(t, left - 1);
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / predicted.size();
        double recall = (double) common / expected.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static List<String> tokens(String text) {
        String normal = RankingMetrics.normalise(text);
        return normal.isEmpty() ? List.of() : List.of(normal.split(" "));
    }
}
