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
 */
public record EvalReport(String dataset, int questions, int passages, Map<String, ModeMetrics> modes,
                         Map<String, Object> settings) {

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
