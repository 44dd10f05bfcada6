package dev.footnote.answer;

import java.util.List;

/**
 * Whether a question the evidence could be embedded for is refused as "not in the corpus": the fitted
 * {@link AnswerConfidence} decides, with two exceptions the fit cannot see.
 */
final class AnswerGate {

    /**
     * The confidence a grounding under {@code minEvidence} needs when it lost points for a name no passage holds or
     * for a "who did" the sentence does not say with its verb, while the sentence holds every word of the question: it
     * names the act ("Tesla's motor <i>invention</i>") without saying who did it. The fit alone answered "Who invented
     * the telephone?" from "Twain … described Tesla's motor invention as … the most valuable patent since the
     * telephone" (confidence 0.91). Where the sentence lacks words of the question the bar does not apply: on the
     * tuning split that gives back 0.6 point of first quotes holding the answer, for one more answered out-of-corpus
     * question of 1,899.
     */
    static final double PENALISED_CONFIDENCE = 0.95;
    /** A coverage this high means every word: 1 less rounding. */
    private static final double FULL = 0.999;

    private final AnswerConfidence confidence;
    private final double minEvidence;
    private final double minConfidence;

    AnswerGate(AnswerConfidence confidence, double minEvidence, double minConfidence) {
        this.confidence = confidence;
        this.minEvidence = minEvidence;
        this.minConfidence = minConfidence;
    }

    /**
     * @param grounding the best sentence's grounding, penalties taken off
     * @param penalty   what the penalties took off
     * @param ranked    every sentence of the evidence, best first
     * @param focus     the judge's score of the question's focus against the quotes
     */
    boolean refuses(double grounding, double penalty, List<ScoredSentence> ranked, double focus) {
        if (backedWordForWord(grounding, ranked.get(0))) {
            return false;
        }
        boolean penalised = penalty > 0 && grounding < minEvidence && ranked.get(0).signals().termCoverage() >= FULL;
        double needed = penalised ? Math.max(minConfidence, PENALISED_CONFIDENCE) : minConfidence;
        return confidence.of(AnswerConfidence.features(grounding, ranked, focus)) < needed;
    }

    /**
     * Whether the best sentence, with its passage's source and context lines, holds every term of the question and its
     * grounding reaches {@code minEvidence}: then the grounding decides, as it did before the confidence. The
     * confidence was fitted on SQuAD, whose questions rarely hold all the words of their sentence and whose sentences
     * are short; it leans on embedding similarity, which stays low for a long news sentence or for a memo whose names
     * sit in its header lines ("From: Daniel Kim"), though every word of "What did Daniel Kim find on the Harbor
     * Bridge?" is backed.
     */
    private boolean backedWordForWord(double grounding, ScoredSentence best) {
        return grounding >= minEvidence && best.signals().termCoverage() >= FULL;
    }
}
