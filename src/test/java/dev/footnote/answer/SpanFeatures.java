package dev.footnote.answer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.footnote.eval.AnswerScores;
import dev.footnote.eval.RankingMetrics;
import dev.footnote.retrieval.HybridRetriever;
import dev.footnote.retrieval.Query;
import dev.footnote.text.TextAnalyzer;

/**
 * Not a test: for every n-th question of SQuAD dev articles {@code from..to} whose first quote holds a gold answer
 * (over an index of all of SQuAD dev, built by {@link SentenceFeatures}), writes each candidate short answer of that
 * quote with the features {@link SpanRanking} weighs; label 1 for the candidates of the best token F1 against the
 * gold answers (when above 0). Fit with {@code src/test/bench/fit_sentence_ranking.py} on articles 1–24 only:
 * {@code java -cp … dev.footnote.answer.SpanFeatures <index dir> <out.tsv> 1 24 1}
 */
public final class SpanFeatures {

    public static void main(String[] args) throws Exception {
        var ctx = TuningHarness.start(args[0], List.of());
        HybridRetriever retriever = ctx.getBean(HybridRetriever.class);
        ExtractiveAnswerer answerer = ctx.getBean(ExtractiveAnswerer.class);
        AnswerSpans spans = new AnswerSpans(TextAnalyzer.english(), SpanRanking.builtIn());
        int qid = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println(TuningHarness.featureHeader(SpanRanking.FEATURES));
            for (TuningHarness.Asked q : TuningHarness.questions(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]))) {
                CitedAnswer answer = answerer.answer(new Query(q.question()), retriever.retrieve(new Query(q.question()), 5));
                if (answer.citations().isEmpty() || !RankingMetrics.containsAnswer(answer.citations().get(0).quote(), q.golds())) {
                    continue;
                }
                String quote = answer.citations().get(0).quote();
                AnswerSpans.Question asked = spans.question(q.question());
                List<AnswerSpans.SpanCandidate> candidates = spans.candidates(asked, quote, 0, quote.length());
                double best = candidates.stream().mapToDouble(c -> AnswerScores.f1(quote.substring(c.start(), c.end()), q.golds()))
                        .max().orElse(0);
                for (int r = 0; r < candidates.size(); r++) {
                    AnswerSpans.SpanCandidate c = candidates.get(r);
                    String span = quote.substring(c.start(), c.end());
                    boolean label = best > 0 && AnswerScores.f1(span, q.golds()) == best;
                    out.println(TuningHarness.featureLine(qid, q, r, label, asked.type(), c.features(), span));
                }
                qid++;
            }
        }
        System.out.println("questions " + qid);
        ctx.close();
        System.exit(0);
    }
}
