package dev.footnote.eval;

import java.util.Map;

/**
 * What the harness writes: per retrieval mode, the metrics over all questions.
 *
 * @param dataset   which dataset (format and file)
 * @param questions how many questions were asked
 * @param passages  how many passages the temporary index held
 * @param modes     {@code bm25}, {@code dense}, {@code hybrid}, in that order
 * @param settings  the retrieval and answer settings in force, to reproduce the run
 * @param split     which articles were indexed, asked and used as out-of-corpus questions; null when all
 * @param answers   what the default answers are worth (first sentence, short answer, length, latency)
 * @param refusal   out-of-corpus questions refused and in-corpus ones answered; null without negatives
 * @param followUps follow-up chains resolved; null without {@code --followups}
 */
public record EvalReport(String dataset, int questions, int passages, Map<String, ModeMetrics> modes,
                         Map<String, Object> settings, Map<String, String> split, AnswerQuality answers,
                         Refusal refusal, FollowUps followUps) {

    /** A report of retrieval modes only. */
    public EvalReport(String dataset, int questions, int passages, Map<String, ModeMetrics> modes,
                      Map<String, Object> settings) {
        this(dataset, questions, passages, modes, settings, null, null, null, null);
    }

    /**
     * @param answerContainment  share of extractive answers containing a gold answer; {@code null} when the dataset has no answers
     * @param answeredShare      share of questions given a grounded (cited) answer; {@code null} without answers
     * @param sentencesPerAnswer mean number of sentences quoted in a grounded answer; {@code null} without answers
     */
    public record ModeMetrics(double recallAt1, double recallAt5, double recallAt10, double mrrAt10, double ndcgAt10,
                              Double answerContainment, Latency latencyMs, Double answeredShare, Double sentencesPerAnswer) {
    }

    /** Retrieval latency percentiles, in milliseconds. */
    public record Latency(double p50, double p95, double p99) {
    }
}
