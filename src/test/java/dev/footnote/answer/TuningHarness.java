package dev.footnote.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the tuning harnesses of this package share: the app without a web server, and the SQuAD questions asked. */
final class TuningHarness {

    /** A question of SQuAD dev and its gold answers. */
    record Asked(int article, String question, List<String> golds) {
    }

    private TuningHarness() {
    }

    static Path squad() {
        return Path.of(System.getProperty("squad", "../shared/data/squad-dev-v1.1.json"));
    }

    /** The app over {@code indexDir}, an empty corpus and an in-memory database; {@code settings} as --key=value. */
    static ConfigurableApplicationContext start(String indexDir, List<String> settings) throws IOException {
        List<String> args = new ArrayList<>(List.of("--footnote.index.dir=" + indexDir,
                "--footnote.corpus.dir=" + Files.createTempDirectory("empty"), "--footnote.corpus.watch=false",
                "--spring.datasource.url=jdbc:h2:mem:tuning"));
        args.addAll(settings);
        return new SpringApplicationBuilder(dev.footnote.FootnoteApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(args.toArray(String[]::new));
    }

    /** Every n-th question of SQuAD dev (counted over all articles), of articles {@code from..to}. */
    static List<Asked> questions(int from, int to, int every) throws IOException {
        JsonNode data = new ObjectMapper().readTree(squad().toFile()).get("data");
        List<Asked> asked = new ArrayList<>();
        int k = 0;
        for (int a = from; a <= to; a++) {
            for (JsonNode p : data.get(a - 1).get("paragraphs")) {
                for (JsonNode qa : p.get("qas")) {
                    if ((k++) % every != 0) {
                        continue;
                    }
                    List<String> golds = new ArrayList<>();
                    qa.get("answers").forEach(x -> golds.add(x.get("text").asText()));
                    asked.add(new Asked(a, qa.get("question").asText(), golds));
                }
            }
        }
        return asked;
    }

    /** The header of a features dump, as {@code fit_sentence_ranking.py} reads it. */
    static String featureHeader(List<String> features) {
        return "qid\tarticle\trank\tlabel\tqtype\t" + String.join("\t", features) + "\tquestion\tsentence";
    }

    /** One candidate's line of a features dump. */
    static String featureLine(int qid, Asked q, int rank, boolean label, AnswerType type, double[] features, String text) {
        StringBuilder line = new StringBuilder();
        line.append(qid).append('\t').append(q.article()).append('\t').append(rank).append('\t').append(label ? 1 : 0)
                .append('\t').append(type);
        for (double f : features) {
            line.append('\t').append(String.format(java.util.Locale.ROOT, "%.4f", f));
        }
        return line.append('\t').append(q.question().replace('\t', ' ')).append('\t')
                .append(text.replace('\t', ' ').replace('\n', ' ')).toString();
    }
}
