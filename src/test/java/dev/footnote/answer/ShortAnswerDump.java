package dev.footnote.answer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
        Path squad = Path.of(System.getProperty("squad", "../shared/data/squad-dev-v1.1.json"));
        int from = Integer.parseInt(args[2]);
        int to = Integer.parseInt(args[3]);
        int every = Integer.parseInt(args[4]);
        var ctx = new SpringApplicationBuilder(dev.footnote.FootnoteApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run("--footnote.index.dir=" + args[0],
                        "--footnote.corpus.dir=" + Files.createTempDirectory("empty"), "--footnote.corpus.watch=false",
                        "--spring.datasource.url=jdbc:h2:mem:shortanswers");
        HybridRetriever retriever = ctx.getBean(HybridRetriever.class);
        ExtractiveAnswerer answerer = ctx.getBean(ExtractiveAnswerer.class);
        JsonNode data = new ObjectMapper().readTree(squad.toFile()).get("data");
        int k = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("article\ttype\tquestion\tgolds\tshort\tfirstHoldsGold\tquote");
            for (int a = from; a <= to; a++) {
                for (JsonNode p : data.get(a - 1).get("paragraphs")) {
                    for (JsonNode qa : p.get("qas")) {
                        if ((k++) % every != 0) {
                            continue;
                        }
                        String question = qa.get("question").asText();
                        List<String> golds = new ArrayList<>();
                        qa.get("answers").forEach(x -> golds.add(x.get("text").asText()));
                        CitedAnswer answer = answerer.answer(new Query(question), retriever.retrieve(new Query(question), 5));
                        String quote = answer.citations().isEmpty() ? "" : answer.citations().get(0).quote();
                        out.println(String.join("\t", String.valueOf(a), answerer.questionForTuning(question).type().name(),
                                question, String.join(" | ", golds), answer.shortAnswer() == null ? "" : answer.shortAnswer().text(),
                                SquadText.contains(quote, golds) ? "1" : "0", quote).replace('\n', ' '));
                    }
                }
            }
        }
        ctx.close();
        System.exit(0);
    }
}
