package dev.footnote.answer;

import java.util.List;

/**
 * How likely the corpus answers the question at all: a logistic score over what the answerer knows of its best
 * sentence and of the evidence around it, fitted on SQuAD dev questions of articles 1–12 asked over those articles
 * against questions of articles 13–24 asked over the same index ({@code answer-confidence.tsv}, written by
 * {@code src/test/bench/fit_answer_confidence.py}). Below {@code footnote.answer.min-answer-confidence} the answer is
 * "not in the corpus".
 * <p>
 * Why more than the grounding alone: an out-of-corpus question often finds one sentence that shares its words ("Which
 * court is the highest court …") while the best embedding similarity over all the evidence stays low, and an in-corpus
 * question phrased in other words than its sentence has a low coverage but a close sentence. The grounding mixes the
 * best sentence's coverage and similarity with fixed shares; the fit weighs them, the best of each over the evidence,
 * and the judge's score of the question's focus against the quotes.
 */
final class AnswerConfidence {

    /** The features, in the order of {@link #features}; the weights file names each of them. */
    static final List<String> FEATURES = List.of("bias", "grounding", "termCoverage", "similarity", "passageCoverage",
            "bestCoverage", "bestSimilarity", "focus");

    private static final String RESOURCE = "dev/footnote/answer/answer-confidence.tsv";

    private final LinearModel model;

    private AnswerConfidence(LinearModel model) {
        this.model = model;
    }

    /** The weights shipped in the jar. */
    static AnswerConfidence builtIn() {
        return new AnswerConfidence(LinearModel.read(RESOURCE, FEATURES));
    }

    /** 0..1: the fitted probability that the question is about what the corpus holds. */
    double of(double[] features) {
        return model.probability(features);
    }

    /**
     * The features of an answer about to be given.
     *
     * @param grounding the grounding of the best sentence, penalties included
     * @param ranked    every sentence of the evidence, best first (at least one)
     * @param focus     the judge's score of the question's focus against the quotes
     */
    static double[] features(double grounding, List<ScoredSentence> ranked, double focus) {
        Signals best = ranked.get(0).signals();
        double bestCoverage = 0;
        double bestSimilarity = 0;
        for (ScoredSentence s : ranked) {
            bestCoverage = Math.max(bestCoverage, s.signals().termCoverage());
            bestSimilarity = Math.max(bestSimilarity, s.signals().similarity());
        }
        return new double[] {1, grounding, best.termCoverage(), best.similarity(), best.passageCoverage(), bestCoverage,
                bestSimilarity, focus};
    }
}
