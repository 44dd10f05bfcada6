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
        List<String> settings = new ArrayList<>(List.of("--footnote.answer.focus-refusal=false",
                // Never refused for confidence, so every question shows what it would be scored on.
                "--footnote.answer.min-answer-confidence=0.000001"));
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
            out.println("label\tgrounded\tgrounding\tfocus\tlacksName\tlacksNumber\tcontradicted\tgold\tquestion\tunsupported\tmaxIdf"
                    + "\tcov\tsim\tpcov\tmaxSim\tdocShare\tg2\tcovMax\tqterms\tunseen\ttitle\tqtotal\tqmaxIdf\tdeictic\tpenalized");
            for (String[] a : asked) {
                Query query = new Query(a[1]);
                var evidence = retriever.retrieve(query, 5);
                ExtractiveAnswerer.Decision d = answerer.decideForTuning(query, evidence);
                List<ScoredSentence> ranked = answerer.rankForTuning(a[1], evidence);
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
                                .flatMap(w -> w.terms().stream()).mapToDouble(scorer::idf).max().orElse(0)),
                        extra(ranked, evidence, answerer.questionTermsForTuning(a[1])),
                        vocabulary(a[1], scorer, ranked, answerer.questionTermsForTuning(a[1])),
                        !ranked.isEmpty() && d.grounding() < ranked.get(0).grounding() - 1e-9 ? "1" : "0"));
            }
        }
        ctx.close();
        System.exit(0);
    }

    /** The weighted share of the question's terms no passage holds, and of those the best passage's source holds. */
    private static final java.util.regex.Pattern DEICTIC = java.util.regex.Pattern.compile(
            "(?i)\\b(this|that|these|those|he|she|his|her|him|they|their|them|it|its)\\b");

    private static String vocabulary(String question, dev.footnote.evidence.SentenceScorer scorer, List<ScoredSentence> ranked,
                                     dev.footnote.evidence.SentenceScorer.QuestionTerms terms) {
        double unseenIdf = scorer.idf("qqzzxxnever");
        double total = 0;
        double unseen = 0;
        double title = 0;
        java.util.Set<String> source = ranked.isEmpty() || ranked.get(0).passage().source() == null ? java.util.Set.of()
                : java.util.Set.copyOf(scorer.terms(ranked.get(0).passage().source()));
        for (var e : terms.weights().entrySet()) {
            total += e.getValue();
            if (scorer.idf(e.getKey()) >= unseenIdf - 1e-9) {
                unseen += e.getValue();
            }
            if (source.contains(e.getKey())) {
                title += e.getValue();
            }
        }
        double maxIdf = terms.weights().keySet().stream().mapToDouble(scorer::idf).max().orElse(0);
        return total == 0 ? "0\t0\t0\t0\t0" : String.format(Locale.ROOT, "%.4f\t%.4f\t%.4f\t%.4f\t%d", unseen / total, title / total,
                terms.total(), maxIdf, DEICTIC.matcher(question).find() ? 1 : 0);
    }

    /** The best sentence's own signals and how the evidence spreads over documents. */
    private static String extra(List<ScoredSentence> ranked, List<dev.footnote.retrieval.RetrievedPassage> evidence,
                                dev.footnote.evidence.SentenceScorer.QuestionTerms terms) {
        if (ranked.isEmpty()) {
            return "0\t0\t0\t0\t0\t0\t0\t0";
        }
        ScoredSentence best = ranked.get(0);
        String doc = best.passage().documentId();
        double share = evidence.stream().filter(r -> r.passage().documentId().equals(doc)).count() / (double) evidence.size();
        double g2 = ranked.stream().filter(s -> !s.passage().id().equals(best.passage().id()))
                .mapToDouble(ScoredSentence::grounding).max().orElse(0);
        double maxSim = ranked.stream().mapToDouble(s -> s.signals().similarity()).max().orElse(0);
        double covMax = ranked.stream().mapToDouble(s -> s.signals().termCoverage()).max().orElse(0);
        return String.format(Locale.ROOT, "%.4f\t%.4f\t%.4f\t%.4f\t%.3f\t%.4f\t%.4f\t%d", best.signals().termCoverage(),
                best.signals().similarity(), best.signals().passageCoverage(), maxSim, share, g2, covMax, terms.weights().size());
    }
}
