package dev.footnote.answer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.footnote.eval.AnswerScores;
import dev.footnote.retrieval.HybridRetriever;
import dev.footnote.retrieval.Query;

/**
 * Not a test: for every n-th question of SQuAD dev articles {@code from..to} that is answered with a short answer
 * (shown or not; over an index of all of SQuAD dev), writes the features {@link ShortAnswerConfidence} weighs and
 * label 1 when the short answer's token F1 against the gold answers is at least 0.5. Fit with
 * {@code src/test/bench/fit_short_answer_confidence.py} on articles 1–24 only:
 * {@code java -cp … dev.footnote.answer.ShortAnswerConfidenceFeatures <index dir> <out.tsv> 1 24 2}
 */
public final class ShortAnswerConfidenceFeatures {

    public static void main(String[] args) throws Exception {
        var ctx = TuningHarness.start(args[0], List.of());
        HybridRetriever retriever = ctx.getBean(HybridRetriever.class);
        ExtractiveAnswerer answerer = ctx.getBean(ExtractiveAnswerer.class);
        int qid = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println(TuningHarness.featureHeader(ShortAnswerConfidence.FEATURES).replace("\tsentence", "\tspan\tf1"));
            for (TuningHarness.Asked q : TuningHarness.questions(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]))) {
                Query query = new Query(q.question());
                ExtractiveAnswerer.Decision d = answerer.decideForTuning(query, retriever.retrieve(query, 5));
                if (!d.answer().grounded() || d.shortAnswer() == null || d.shortAnswer().answer() == null) {
                    continue;
                }
                String span = d.shortAnswer().answer().text();
                double f1 = AnswerScores.f1(span, q.golds());
                AnswerType type = new AnswerTypes().of(q.question());
                out.println(TuningHarness.featureLine(qid++, q, 0, f1 >= 0.5, type, d.shortAnswer().features(), span)
                        + '\t' + String.format(java.util.Locale.ROOT, "%.3f", f1));
            }
        }
        System.out.println("short answers " + qid);
        ctx.close();
        System.exit(0);
    }
}
