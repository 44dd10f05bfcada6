package dev.footnote.answer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.footnote.answer.verify.WordKind;
import dev.footnote.eval.RankingMetrics;
import dev.footnote.retrieval.HybridRetriever;
import dev.footnote.retrieval.Query;

/**
 * Not a test: what refusal decides on, for every n-th question of SQuAD dev articles {@code from..to} (in corpus,
 * label 1) and for each near-miss question of a file ({@code src/test/bench/near_miss.py}, label 0), over an index of
 * all of SQuAD dev, asked with focus refusal off: the best sentence's grounding, the judge's focus score, whether a
 * name or number of the question is unbacked, and for in-corpus questions whether the first quote holds a gold answer.
 * {@code java -cp … dev.footnote.answer.FocusFeatures <index dir> <out.tsv> 1 24 4 target/near-miss-1-24.txt [--setting=value …]}
 */
public final class FocusFeatures {

    public static void main(String[] args) throws Exception {
        List<String> settings = new ArrayList<>(List.of("--footnote.answer.focus-refusal=false"));
        settings.addAll(List.of(args).subList(6, args.length));
        var ctx = TuningHarness.start(args[0], settings);
        HybridRetriever retriever = ctx.getBean(HybridRetriever.class);
        ExtractiveAnswerer answerer = ctx.getBean(ExtractiveAnswerer.class);
        dev.footnote.evidence.SentenceScorer scorer = ctx.getBean(dev.footnote.evidence.SentenceScorer.class);
        List<String[]> asked = new ArrayList<>();
        for (TuningHarness.Asked q : TuningHarness.questions(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]))) {
            asked.add(new String[] {"1", q.question(), String.join("|", q.golds())});
        }
        for (String line : Files.readAllLines(Path.of(args[5]))) {
            if (!line.isBlank()) {
                asked.add(new String[] {"0", line.strip(), ""});
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("label\tgrounded\tgrounding\tfocus\tlacksName\tlacksNumber\tcontradicted\tgold\tquestion\tunsupported\tmaxIdf");
            for (String[] a : asked) {
                Query query = new Query(a[1]);
                ExtractiveAnswerer.Decision d = answerer.decideForTuning(query, retriever.retrieve(query, 5));
                boolean gold = a[0].equals("1") && d.answer().grounded() && !d.answer().citations().isEmpty()
                        && RankingMetrics.containsAnswer(d.answer().citations().get(0).quote(), List.of(a[2].split("\\|")));
                String unsupported = d.focus() == null ? "" : String.join(", ", d.focus().unsupported().stream()
                        .map(w -> w.kind() + ":" + w.text()).toList());
                out.println(String.join("\t", a[0], d.answer().grounded() ? "1" : "0",
                        String.format(Locale.ROOT, "%.4f", d.grounding()),
                        d.focus() == null ? "-1" : String.format(Locale.ROOT, "%.4f", d.focus().score()),
                        d.focus() != null && d.focus().lacks(WordKind.NAME) ? "1" : "0",
                        d.focus() != null && d.focus().lacks(WordKind.NUMBER) ? "1" : "0",
                        d.focus() != null && d.focus().contradicted() ? "1" : "0",
                        gold ? "1" : "0", a[1].replace('\t', ' '), unsupported,
                        String.format(Locale.ROOT, "%.3f", d.focus() == null ? 0 : d.focus().unsupported().stream()
                                .filter(w -> w.kind() == WordKind.CONTENT || w.kind() == WordKind.NAME)
                                .flatMap(w -> w.terms().stream()).mapToDouble(scorer::idf).max().orElse(0))));
            }
        }
        ctx.close();
        System.exit(0);
    }
}
