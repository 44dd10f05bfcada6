package dev.footnote.answer;

import java.util.ArrayList;
import java.util.List;

import dev.footnote.eval.RankingMetrics;

/** SQuAD's answer scores for the calibration harness (the eval command has its own, package-private). */
final class SquadText {

    private SquadText() {
    }

    static boolean contains(String text, List<String> golds) {
        return RankingMetrics.containsAnswer(text, golds);
    }

    static boolean exact(String prediction, List<String> golds) {
        String p = RankingMetrics.normalise(prediction);
        return golds.stream().anyMatch(g -> RankingMetrics.normalise(g).equals(p));
    }

    static double f1(String prediction, List<String> golds) {
        double best = 0;
        for (String gold : golds) {
            List<String> predicted = tokens(prediction);
            List<String> expected = new ArrayList<>(tokens(gold));
            if (predicted.isEmpty() || expected.isEmpty()) {
                continue;
            }
            int common = 0;
            for (String t : predicted) {
                if (expected.remove(t)) {
                    common++;
                }
            }
            if (common > 0) {
                double precision = (double) common / predicted.size();
                double recall = (double) common / tokens(gold).size();
                best = Math.max(best, 2 * precision * recall / (precision + recall));
            }
        }
        return best;
    }

    private static List<String> tokens(String text) {
        String normal = RankingMetrics.normalise(text);
        return normal.isEmpty() ? List.of() : List.of(normal.split(" "));
    }
}
