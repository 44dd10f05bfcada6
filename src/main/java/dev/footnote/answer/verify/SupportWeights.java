package dev.footnote.answer.verify;

import java.util.Map;

import dev.footnote.text.ResourceLines;

/**
 * The judge's weights, read from {@code support-weights.tsv} on the class path, so that a refit changes no code.
 *
 * @param content          a content word's weight beside its idf
 * @param name             a name's weight beside its idf
 * @param number           a number's weight, in place of an idf
 * @param negation         a negation's weight, in place of an idf
 * @param contextCredit    the share of a content word's weight that the evidence's context earns when it holds it
 * @param numberMismatch   taken off the score for a claim number the evidence lacks while stating another
 * @param negationMismatch taken off the score when claim and evidence disagree on negation
 * @param pairGain         the least gain in score for which a further evidence sentence (a second or a third) is added
 */
public record SupportWeights(double content, double name, double number, double negation, double contextCredit,
                             double numberMismatch, double negationMismatch, double pairGain) {

    static final String RESOURCE = "dev/footnote/answer/verify/support-weights.tsv";

    public SupportWeights {
        if (content < 0 || name < 0 || number < 0 || negation < 0 || contextCredit < 0 || contextCredit > 1) {
            throw new IllegalArgumentException("weights must be >= 0 and contextCredit within 0..1");
        }
    }

    /** The weights the product ships with. */
    public static SupportWeights builtIn() {
        Map<String, Double> w = ResourceLines.weights(RESOURCE);
        return new SupportWeights(get(w, "content"), get(w, "name"), get(w, "number"), get(w, "negation"),
                get(w, "contextCredit"), get(w, "numberMismatch"), get(w, "negationMismatch"), get(w, "pairGain"));
    }

    private static double get(Map<String, Double> weights, String key) {
        Double value = weights.get(key);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " has no weight for " + key);
        }
        return value;
    }

    double of(WordKind kind) {
        return switch (kind) {
            case CONTENT -> content;
            case NAME -> name;
            case NUMBER -> number;
            case NEGATION -> negation;
        };
    }
}
