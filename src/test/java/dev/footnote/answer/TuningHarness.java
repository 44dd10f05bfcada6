package dev.footnote.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.footnote.corpus.Passage;
import dev.footnote.eval.EvalDataset;
import dev.footnote.eval.EvalQuestion;
import dev.footnote.eval.SquadLoader;

/** What the tuning harnesses of this package share: the app without a web server, and the SQuAD questions asked. */
final class TuningHarness {

    /** A question of SQuAD dev (its gold passage and answers) and the article it is about, from 1. */
    record Asked(int article, EvalQuestion eval) {

        String question() {
            return eval.text();
        }

        List<String> golds() {
            return eval.answers();
        }
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

    /**
     * Every n-th question of SQuAD dev of articles {@code from..to}, counted from the first article's first question:
     * the sample of a range does not depend on the ranges asked beside it.
     */
    static List<Asked> questions(int from, int to, int every) {
        EvalDataset squad = new SquadLoader().load(squad());
        Map<String, Integer> articleOf = new HashMap<>();
        for (int a = 0; a < squad.documents().size(); a++) {
            for (Passage passage : squad.documents().get(a).passages()) {
                articleOf.put(passage.id(), a + 1);
            }
        }
        List<Asked> asked = new ArrayList<>();
        List<EvalQuestion> all = squad.questions();
        for (int k = 0; k < all.size(); k++) {
            int article = articleOf.get(all.get(k).relevant().keySet().iterator().next());
            if (k % every == 0 && article >= from && article <= to) {
                asked.add(new Asked(article, all.get(k)));
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
