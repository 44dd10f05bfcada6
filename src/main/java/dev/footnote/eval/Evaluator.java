package dev.footnote.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.answer.AnswerService;
import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievalMode;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/**
 * Asks every question of a dataset in every retrieval mode, the way the API does (retrieve, then the
 * extractive answer from the top passages), and scores the rankings and answers. Modes are
 * interleaved per question so that they share the same machine conditions.
 */
public final class Evaluator {

    private static final Logger log = LoggerFactory.getLogger(Evaluator.class);
    private static final int DEPTH = 10;
    private static final long PROGRESS_EVERY_NANOS = 15_000_000_000L;

    /** A mode's retriever and the answer service built on it. */
    public record Mode(RetrievalMode mode, Retriever retriever, AnswerService answers) {
    }

    private final List<Mode> modes;

    public Evaluator(List<Mode> modes) {
        this.modes = List.copyOf(modes);
    }

    public Map<String, EvalReport.ModeMetrics> evaluate(EvalDataset dataset) {
        boolean scoreAnswers = dataset.questions().stream().anyMatch(q -> !q.answers().isEmpty());
        Map<RetrievalMode, Accumulator> sums = new LinkedHashMap<>();
        modes.forEach(m -> sums.put(m.mode(), new Accumulator(dataset.questions().size())));
        long started = System.nanoTime();
        long lastProgress = started;
        int done = 0;
        for (EvalQuestion question : dataset.questions()) {
            for (Mode mode : modes) {
                int depth = Math.max(DEPTH, mode.answers().passagesPerAnswer());
                // A query per mode, so each retriever's time includes embedding the question when it needs to.
                Query query = new Query(question.text());
                long t0 = System.nanoTime();
                List<RetrievedPassage> retrieved = mode.retriever().retrieve(query, depth);
                double millis = (System.nanoTime() - t0) / 1e6;
                Accumulator acc = sums.get(mode.mode());
                acc.add(question, retrieved.stream().map(r -> r.passage().id()).toList(), millis);
                if (scoreAnswers) {
                    CitedAnswer answer = mode.answers().answerFrom(query, retrieved);
                    String quoted = answer.citations().stream().map(Citation::quote).collect(Collectors.joining(" "));
                    acc.addAnswer(answer.grounded(), answer.citations().size(),
                            answer.grounded() && RankingMetrics.containsAnswer(quoted, question.answers()));
                }
            }
            done++;
            long now = System.nanoTime();
            if (now - lastProgress > PROGRESS_EVERY_NANOS) {
                lastProgress = now;
                double seconds = (now - started) / 1e9;
                log.info("Evaluated {}/{} questions ({} per second, about {} s left)", done, dataset.questions().size(),
                        String.format("%.1f", done / seconds),
                        String.format("%.0f", (dataset.questions().size() - done) * seconds / done));
            }
        }
        Map<String, EvalReport.ModeMetrics> result = new LinkedHashMap<>();
        sums.forEach((mode, acc) -> result.put(mode.label(), acc.metrics(scoreAnswers)));
        return result;
    }

    /** Running sums of one mode's metrics. */
    private static final class Accumulator {
        private double recall1;
        private double recall5;
        private double recall10;
        private double mrr10;
        private double ndcg10;
        private int contained;
        private int answered;
        private int quotedSentences;
        private int count;
        private final List<Double> latencies;

        Accumulator(int expected) {
            latencies = new ArrayList<>(expected);
        }

        void addAnswer(boolean grounded, int sentences, boolean containsGold) {
            answered += grounded ? 1 : 0;
            quotedSentences += sentences;
            contained += containsGold ? 1 : 0;
        }

        void add(EvalQuestion question, List<String> ranked, double millis) {
            var relevant = question.relevant().keySet();
            recall1 += RankingMetrics.recallAt(1, ranked, relevant);
            recall5 += RankingMetrics.recallAt(5, ranked, relevant);
            recall10 += RankingMetrics.recallAt(10, ranked, relevant);
            mrr10 += RankingMetrics.reciprocalRankAt(10, ranked, relevant);
            ndcg10 += RankingMetrics.ndcgAt(10, ranked, question.relevant());
            latencies.add(millis);
            count++;
        }

        EvalReport.ModeMetrics metrics(boolean withAnswers) {
            double n = Math.max(1, count);
            double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new EvalReport.ModeMetrics(round(recall1 / n), round(recall5 / n), round(recall10 / n),
                    round(mrr10 / n), round(ndcg10 / n), withAnswers ? round(contained / n) : null,
                    new EvalReport.Latency(round(RankingMetrics.percentile(sorted, 50)),
                            round(RankingMetrics.percentile(sorted, 95)), round(RankingMetrics.percentile(sorted, 99))),
                    withAnswers ? round(answered / n) : null,
                    withAnswers ? round((double) quotedSentences / Math.max(1, answered)) : null);
        }

        private static double round(double value) {
            return Math.round(value * 10_000) / 10_000.0;
        }
    }

    /** The report as a fixed-width table, one line per mode. */
    public static String table(EvalReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s: %d questions over %d passages%n", report.dataset(), report.questions(), report.passages()));
        out.append(String.format("%-7s %8s %8s %8s %8s %8s %8s %8s %8s %8s%n",
                "mode", "R@1", "R@5", "R@10", "MRR@10", "nDCG@10", "answer", "p50 ms", "p95 ms", "p99 ms"));
        report.modes().forEach((mode, m) -> out.append(String.format("%-7s %8.4f %8.4f %8.4f %8.4f %8.4f %8s %8.2f %8.2f %8.2f%n",
                mode, m.recallAt1(), m.recallAt5(), m.recallAt10(), m.mrrAt10(), m.ndcgAt10(),
                m.answerContainment() == null ? "-" : String.format("%.4f", m.answerContainment()),
                m.latencyMs().p50(), m.latencyMs().p95(), m.latencyMs().p99())));
        return out.toString();
    }
}
