package dev.footnote.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.footnote.FootnoteApplication;
import dev.footnote.answer.verify.SupportWeights;
import dev.footnote.check.CheckService;
import dev.footnote.corpus.Document;

/**
 * Fits the support judge's weights ({@code support-weights.tsv}) on WiCE's unsupported-token training split: starting
 * from the shipped weights, each weight in turn takes the value of its grid that gives the best unsupported-word F1
 * over the training claims (each checked against its own article, as {@code eval --format wice-tokens} does), for two
 * rounds. The dev split is not read: report on it with {@code eval --format wice-tokens} after writing the weights.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) dev.footnote.eval.SupportWeightsFit \
 *      ../shared/data/wice/unsupported-tokens-train.jsonl [--footnote.index.dir=/tmp/wice-train-index]
 * </pre>
 */
public final class SupportWeightsFit {

    private record Knob(String name, double[] grid, java.util.function.BiFunction<SupportWeights, Double, SupportWeights> set,
                        java.util.function.Function<SupportWeights, Double> get) {
    }

    private static final List<Knob> KNOBS = List.of(
            new Knob("name", new double[] {1.0, 1.5, 2.0, 3.0},
                    (w, v) -> new SupportWeights(w.content(), v, w.number(), w.negation(), w.contextCredit(), w.numberMismatch(), w.negationMismatch(), w.pairGain()),
                    SupportWeights::name),
            new Knob("number", new double[] {2.0, 4.0, 6.0, 9.0},
                    (w, v) -> new SupportWeights(w.content(), w.name(), v, w.negation(), w.contextCredit(), w.numberMismatch(), w.negationMismatch(), w.pairGain()),
                    SupportWeights::number),
            new Knob("negation", new double[] {2.0, 4.0, 6.0},
                    (w, v) -> new SupportWeights(w.content(), w.name(), w.number(), v, w.contextCredit(), w.numberMismatch(), w.negationMismatch(), w.pairGain()),
                    SupportWeights::negation),
            new Knob("contextCredit", new double[] {0.0, 0.25, 0.5, 0.75, 1.0},
                    (w, v) -> new SupportWeights(w.content(), w.name(), w.number(), w.negation(), v, w.numberMismatch(), w.negationMismatch(), w.pairGain()),
                    SupportWeights::contextCredit),
            new Knob("pairGain", new double[] {0.02, 0.05, 0.1, 0.2, 0.3},
                    (w, v) -> new SupportWeights(w.content(), w.name(), w.number(), w.negation(), w.contextCredit(), w.numberMismatch(), w.negationMismatch(), v),
                    SupportWeights::pairGain));

    private SupportWeightsFit() {
    }

    public static void main(String[] args) {
        List<WiceLoader.Claim> claims = new WiceLoader().load(Path.of(args[0]));
        List<Document> documents = claims.stream().map(c -> c.article().document()).distinct().toList();
        List<String> springArgs = new ArrayList<>(List.of(args).subList(1, args.length));
        springArgs.add("--spring.datasource.url=jdbc:h2:mem:fit");
        try (Harness harness = Harness.start(FootnoteApplication.class, springArgs)) {
            if (harness.backend().passageCount() == 0) {
                Harness.load(harness.backend(), documents);
            }
            CheckService shipped = harness.bean(CheckService.class);
            SupportWeights best = SupportWeights.builtIn();
            Map<SupportWeights, Double> seen = new LinkedHashMap<>();
            double bestF1 = f1(harness, shipped, best, claims, seen);
            System.out.printf("shipped %s: F1 %.4f%n", best, bestF1);
            for (int round = 1; round <= 2; round++) {
                for (Knob knob : KNOBS) {
                    for (double value : knob.grid()) {
                        SupportWeights candidate = knob.set().apply(best, value);
                        double f1 = f1(harness, shipped, candidate, claims, seen);
                        System.out.printf("round %d %s=%.2f: F1 %.4f%n", round, knob.name(), value, f1);
                        if (f1 > bestF1 + 1e-4) {
                            best = candidate;
                            bestF1 = f1;
                        }
                    }
                    System.out.printf("round %d: %s -> %.2f (F1 %.4f)%n", round, knob.name(), knob.get().apply(best), bestF1);
                }
            }
            System.out.printf("fitted %s: training F1 %.4f%n", best, bestF1);
        }
    }

    private static double f1(Harness harness, CheckService shipped, SupportWeights weights, List<WiceLoader.Claim> claims,
                             Map<SupportWeights, Double> seen) {
        return seen.computeIfAbsent(weights, w -> (Double) WiceEval.tokens(
                WiceEval.checkAll(harness.checkService(shipped.rules(), w), claims)).get("f1"));
    }
}
