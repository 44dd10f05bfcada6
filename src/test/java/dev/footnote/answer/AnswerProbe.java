package dev.footnote.answer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import dev.footnote.index.IndexWorker;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/**
 * A look inside one answer, not a test: retrieves for each question (one a line in a file) over a corpus folder
 * and prints the passages, the ten best sentences with their scores and the answer. Arguments: corpus dir,
 * index dir, questions file.
 */
public final class AnswerProbe {

    public static void main(String[] args) throws Exception {
        var ctx = new SpringApplicationBuilder(dev.footnote.FootnoteApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run("--footnote.corpus.dir=" + args[0], "--footnote.index.dir=" + args[1],
                        "--spring.datasource.url=jdbc:h2:mem:probe");
        IndexWorker worker = ctx.getBean(IndexWorker.class);
        worker.requestSync();
        Thread.sleep(200);
        while (!worker.idle()) {
            Thread.sleep(100);
        }
        Retriever retriever = ctx.getBean(dev.footnote.retrieval.HybridRetriever.class);
        ExtractiveAnswerer answerer = ctx.getBean(ExtractiveAnswerer.class);
        for (String question : Files.readAllLines(Path.of(args[2]))) {
            if (question.isBlank()) {
                continue;
            }
            List<RetrievedPassage> evidence = retriever.retrieve(new Query(question), 5);
            System.out.println("\n=== " + question);
            for (RetrievedPassage p : evidence) {
                System.out.printf("  P %.4f %s | %s%n", p.score(), p.passage().source(),
                        p.passage().text().substring(0, Math.min(90, p.passage().text().length())));
            }
            List<ScoredSentence> ranked = answerer.rankForTuning(question, evidence);
            for (ScoredSentence s : ranked.subList(0, Math.min(10, ranked.size()))) {
                System.out.printf("  S cov=%.3f g=%.3f score=%.3f fit=%.2f | %s%n", s.coverage(), s.grounding(), s.score(), s.typeFit(),
                        s.text().substring(0, Math.min(150, s.text().length())));
                System.out.println("      " + s.signals());
            }
            System.out.println("  missing names " + answerer.missingNamesForTuning(question, evidence) + " grounding "
                    + answerer.groundingForTuning(question, evidence));
            CitedAnswer a = answerer.answer(new Query(question), evidence);
            System.out.println("  A grounded=" + a.grounded() + " short=" + (a.shortAnswer() == null ? null : a.shortAnswer().text())
                    + " | " + a.text().substring(0, Math.min(300, a.text().length())));
        }
        ctx.close();
        System.exit(0);
    }
}
