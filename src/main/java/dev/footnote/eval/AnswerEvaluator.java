package dev.footnote.eval;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.answer.AnswerService;
import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.ShortAnswer;

/**
 * Asks questions the way the API does (the answer service: retrieve in the configured mode, then
 * answer) and scores what a user sees: the first quoted sentence, the short answer, the length of
 * the answer, the time it took, and whether out-of-corpus questions are refused. Public for the tuning harnesses of
 * the test sources, which measure the answers as {@code eval} does.
 */
public final class AnswerEvaluator {

    private static final Logger logger = LoggerFactory.getLogger(AnswerEvaluator.class);

    private final AnswerService answers;
    private final AnswerLog log;

    public AnswerEvaluator(AnswerService answers) {
        this(answers, AnswerLog.NONE);
    }

    /** @param log where every answer is written as it is given (outside its timing) */
    AnswerEvaluator(AnswerService answers, AnswerLog log) {
        this.answers = answers;
        this.log = log;
    }

    public AnswerQuality quality(List<EvalQuestion> questions) {
        int answered = 0;
        int firstContains = 0;
        int contains = 0;
        int withShort = 0;
        int sentences = 0;
        double exact = 0;
        double f1 = 0;
        int rightShort = 0;
        List<Double> millis = new ArrayList<>(questions.size());
        for (EvalQuestion question : questions) {
            long t0 = System.nanoTime();
            CitedAnswer answer = answers.answer(question.text());
            millis.add((System.nanoTime() - t0) / 1e6);
            log.record(question.text(), answer);
            if (!answer.grounded()) {
                continue;
            }
            answered++;
            sentences += answer.citations().size();
            List<String> quotes = answer.citations().stream().map(Citation::quote).toList();
            firstContains += !quotes.isEmpty() && RankingMetrics.containsAnswer(quotes.get(0), question.answers()) ? 1 : 0;
            contains += RankingMetrics.containsAnswer(String.join(" ", quotes), question.answers()) ? 1 : 0;
            ShortAnswer shortAnswer = answer.shortAnswer();
            if (shortAnswer != null) {
                withShort++;
                exact += AnswerScores.exactMatch(shortAnswer.text(), question.answers());
                double shortF1 = AnswerScores.f1(shortAnswer.text(), question.answers());
                f1 += shortF1;
                rightShort += shortF1 >= 0.5 ? 1 : 0;
            }
        }
        double n = Math.max(1, questions.size());
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        logger.info("Answered {} of {} in-corpus questions", answered, questions.size());
        return new AnswerQuality(questions.size(), round(answered / n), round(firstContains / n), round(contains / n),
                round(withShort / n), round(exact / n), round(f1 / n),
                round((double) sentences / Math.max(1, answered)),
                new EvalReport.Latency(round(RankingMetrics.percentile(sorted, 50)),
                        round(RankingMetrics.percentile(sorted, 95)), round(RankingMetrics.percentile(sorted, 99))),
                round((double) rightShort / Math.max(1, withShort)));
    }

    /** Asks the out-of-corpus questions; {@code positives} is the in-corpus figure measured by {@link #quality}. */
    Refusal refusal(List<String> negatives, String source, AnswerQuality positives) {
        int refused = 0;
        for (String question : negatives) {
            CitedAnswer answer = answers.answer(question);
            log.record(question, answer);
            refused += answer.grounded() ? 0 : 1;
        }
        logger.info("Refused {} of {} out-of-corpus questions", refused, negatives.size());
        return new Refusal(negatives.size(), round((double) refused / Math.max(1, negatives.size())),
                positives == null ? 0 : positives.questions(), positives == null ? 0 : positives.answeredShare(), source);
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
