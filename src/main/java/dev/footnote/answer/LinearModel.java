package dev.footnote.answer;

import java.util.List;
import java.util.Map;

import dev.footnote.text.ResourceLines;

/**
 * A linear score over named features, with weights read from the class path (lines "feature weight", read by
 * {@link ResourceLines}), as {@code src/test/bench/fit_sentence_ranking.py} writes them.
 */
final class LinearModel {

    private final double[] weights;

    /** @param weights one per name of {@code features}; others are ignored */
    LinearModel(List<String> features, Map<String, Double> weights) {
        this.weights = new double[features.size()];
        for (int i = 0; i < features.size(); i++) {
            Double w = weights.get(features.get(i));
            if (w == null) {
                throw new IllegalArgumentException("no weight for the feature " + features.get(i));
            }
            this.weights[i] = w;
        }
    }

    /** The weights of {@code resource} (a path on the class path), which must name every one of {@code features}. */
    static LinearModel read(String resource, List<String> features) {
        return new LinearModel(features, ResourceLines.weights(resource));
    }

    double score(double[] features) {
        double score = 0;
        for (int i = 0; i < weights.length; i++) {
            score += weights[i] * features[i];
        }
        return score;
    }

    /** 0..1: the score as a logistic regression's probability. */
    double probability(double[] features) {
        return 1 / (1 + Math.exp(-score(features)));
    }
}
