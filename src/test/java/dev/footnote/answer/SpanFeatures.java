package dev.footnote.answer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
        Path squad = Path.of(System.getProperty("squad", "../shared/data/squad-dev-v1.1.json"));
        int from = Integer.parseInt(args[2]);
        int to = Integer.parseInt(args[3]);
        int every = Integer.parseInt(args[4]);
        var ctx = new SpringApplicationBuilder(dev.footnote.FootnoteApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run("--footnote.index.dir=" + args[0],
                        "--footnote.corpus.dir=" + Files.createTempDirectory("empty"), "--footnote.corpus.watch=false",
                        "--spring.datasource.url=jdbc:h2:mem:spans");
        HybridRetriever retriever = ctx.getBean(HybridRetriever.class);
        ExtractiveAnswerer answerer = ctx.getBean(ExtractiveAnswerer.class);
        AnswerSpans spans = new AnswerSpans(TextAnalyzer.english(), SpanRanking.builtIn());
        JsonNode data = new ObjectMapper().readTree(squad.toFile()).get("data");
        int k = 0;
        int qid = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("qid\tarticle\trank\tlabel\tqtype\t" + String.join("\t", SpanRanking.FEATURES) + "\tquestion\tsentence");
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
                        if (answer.citations().isEmpty() || !SquadText.contains(answer.citations().get(0).quote(), golds)) {
                            continue;
                        }
                        String quote = answer.citations().get(0).quote();
                        AnswerSpans.Question asked = spans.question(question);
                        List<AnswerSpans.SpanCandidate> candidates = spans.candidates(asked, quote, 0, quote.length());
                        double best = candidates.stream().mapToDouble(c -> SquadText.f1(quote.substring(c.start(), c.end()), golds))
                                .max().orElse(0);
                        for (int r = 0; r < candidates.size(); r++) {
                            AnswerSpans.SpanCandidate c = candidates.get(r);
                            String span = quote.substring(c.start(), c.end());
                            boolean label = best > 0 && SquadText.f1(span, golds) == best;
                            StringBuilder line = new StringBuilder();
                            line.append(qid).append('\t').append(a).append('\t').append(r).append('\t').append(label ? 1 : 0)
                                    .append('\t').append(asked.type());
                            for (double f : c.features()) {
                                line.append('\t').append(String.format(Locale.ROOT, "%.4f", f));
                            }
                            line.append('\t').append(question.replace('\t', ' ')).append('\t').append(span.replace('\t', ' '));
                            out.println(line);
                        }
                        qid++;
                    }
                }
            }
        }
        System.out.println("questions " + qid);
        ctx.close();
        System.exit(0);
    }
}
