package dev.footnote.answer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.footnote.eval.RankingMetrics;
import dev.footnote.retrieval.HybridRetriever;
import dev.footnote.retrieval.Query;

/**
 * Not a test: for every n-th question of SQuAD dev articles {@code from..to}, over an index of all of SQuAD dev (built
 * by {@link SentenceFeatures}), writes the question, its expected type, the gold answers, the short answer and the
 * first quote (tab-separated), to see where short answers go wrong. Look at articles 1–24 only.
 * {@code java -cp … dev.footnote.answer.ShortAnswerDump <index dir> <out.tsv> 1 24 3}
 */
public final class ShortAnswerDump {

    public static void main(String[] args) throws Exception {
        var ctx = TuningHarness.start(args[0], List.of());
        HybridRetriever retriever = ctx.getBean(HybridRetriever.class);
        ExtractiveAnswerer answerer = ctx.getBean(ExtractiveAnswerer.class);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("article\ttype\tquestion\tgolds\tshort\tfirstHoldsGold\tquote");
            for (TuningHarness.Asked q : TuningHarness.questions(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]))) {
                CitedAnswer answer = answerer.answer(new Query(q.question()), retriever.retrieve(new Query(q.question()), 5));
                String quote = answer.citations().isEmpty() ? "" : answer.citations().get(0).quote();
                out.println(String.join("\t", String.valueOf(q.article()), answerer.questionForTuning(q.question()).type().name(),
                        q.question(), String.join(" | ", q.golds()), answer.shortAnswer() == null ? "" : answer.shortAnswer().text(),
                        RankingMetrics.containsAnswer(quote, q.golds()) ? "1" : "0", quote).replace('\n', ' '));
            }
        }
        ctx.close();
        System.exit(0);
    }
}
