package dev.footnote.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear score over named features, with weights read from a resource of this package (lines "feature weight";
 * '#' starts a comment), as {@code src/test/bench/fit_sentence_ranking.py} writes them.
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

    /** The weights of {@code resource}, which must name every one of {@code features}. */
    static LinearModel read(String resource, List<String> features) {
        try (InputStream in = LinearModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            Map<String, Double> weights = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String[] parts = trimmed.split("\\s+");
                    weights.put(parts[0], Double.parseDouble(parts[1]));
                }
            }
            return new LinearModel(features, weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    double score(double[] features) {
        double score = 0;
        for (int i = 0; i < weights.length; i++) {
            score += weights[i] * features[i];
        }
        return score;
    }
}
