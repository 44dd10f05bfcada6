package dev.footnote.eval;

/**
 * How good the default answers are (the configured retrieval mode and the extractive answerer, as
 * the API answers), over the questions asked.
 *
 * @param questions                 questions asked
 * @param answeredShare             share given a grounded (cited) answer
 * @param firstSentenceContainment  share whose first quoted sentence contains a gold answer (SQuAD normalisation)
 * @param containment               share whose quoted sentences, all of them, contain a gold answer
 * @param shortAnswerShare          share with a short answer
 * @param shortAnswerExactMatch     SQuAD exact match of the short answer (0 when there is none), over all questions
 * @param shortAnswerF1             SQuAD token F1 of the short answer (0 when there is none), over all questions
 * @param sentencesPerAnswer        mean sentences quoted per grounded answer
 * @param latencyMs                 per question, retrieval plus answer, in process
 * @param shortAnswerPrecision      of the short answers shown, the share that is right (token F1 ≥ 0.5 against a gold answer)
 */
public record AnswerQuality(int questions, double answeredShare, double firstSentenceContainment, double containment,
                            double shortAnswerShare, double shortAnswerExactMatch, double shortAnswerF1,
                            double sentencesPerAnswer, EvalReport.Latency latencyMs, double shortAnswerPrecision) {
}
