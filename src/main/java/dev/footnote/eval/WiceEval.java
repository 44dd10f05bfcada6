package dev.footnote.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.footnote.check.CheckCitation;
import dev.footnote.check.CheckReport;
import dev.footnote.check.CheckRules;
import dev.footnote.check.CheckService;
import dev.footnote.check.CheckedSentence;
import dev.footnote.check.TextSpan;
import dev.footnote.check.Verdict;
import dev.footnote.corpus.Document;
import dev.footnote.corpus.StableIds;
import dev.footnote.answer.verify.SupportWeights;

/**
 * {@code eval --format wice|wice-tokens --path FILE}: each claim's article indexed as its own document (all articles in
 * one index), each claim checked with {@code documentIds} set to its article. {@code wice} reports verdict accuracy and
 * macro-F1 over the three labels, how often a complete supporting set is among the first 5 cited article sentences,
 * and the latency per claim; {@code wice-tokens} reports unsupported-word precision, recall and F1 over the claim
 * tokens. Figures are given for the shipped rules on the whole file and on its two halves by claim id ("tune": the
 * claims whose SHA-256 of {@code meta.id} ends in an even hex digit; "test": the rest), and, with {@code wice}, for
 * verdict thresholds fitted on the tune half and measured on the test half. {@code --split tune} checks only the tune
 * half (while tuning: the test half is not looked at), {@code --split test} only the test half; {@code --dump FILE}
 * writes each claim's outcome as a JSON line.
 */
final class WiceEval {

    /** What one claim's check gave. */
    record Outcome(WiceLoader.Claim claim, List<CheckedSentence> sentences, List<Integer> cited, double millis) {
    }

    private WiceEval() {
    }

    static int run(Class<?> application, CommandLine line, boolean tokens) {
        Path path = Path.of(line.required("path"));
        List<WiceLoader.Claim> claims = new WiceLoader().load(path);
        List<Document> documents = claims.stream().map(c -> c.article().document()).distinct().toList();
        int sentences = claims.stream().map(WiceLoader.Claim::article).distinct().mapToInt(a -> a.sentences().size() - 1).sum();
        System.out.printf("Loaded %s: %d claims, %d articles, %d article sentences%n", path.getFileName(), claims.size(),
                documents.size(), sentences);
        try (Harness harness = Harness.start(application, line.springArgs())) {
            if (!harness.loadUnlessKept(documents)) {
                return 2;
            }
            CheckService shipped = harness.bean(CheckService.class);
            // All articles are indexed whatever the split (the index is shared); only the split's claims are checked.
            String split = line.optional("split", "all");
            List<WiceLoader.Claim> checked = switch (split) {
                case "all" -> claims;
                case "tune" -> claims.stream().filter(WiceEval::inTunePart).toList();
                case "test" -> claims.stream().filter(c -> !inTunePart(c)).toList();
                default -> throw new IllegalArgumentException("--split must be all, tune or test, not '" + split + "'");
            };
            List<Outcome> outcomes = checkAll(shipped, checked);
            if (line.options().containsKey("dump")) {
                WiceDumps.outcomes(Path.of(line.required("dump")), outcomes, shipped.rules());
            }
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("file", path.getFileName().toString());
            report.put("claims", checked.size());
            report.put("split", split);
            report.put("rules", shipped.rules());
            if (tokens) {
                report.put("shipped", tokenFigures(outcomes));
                // The hand rules alone (the model's strongest feature): what the model adds to them.
                report.put("rules", tokenFigures(checkAll(harness.checkService(shipped.rules(), SupportWeights.builtIn(), false), checked)));
                if (line.options().containsKey("token-dump")) {
                    WiceDumps.tokens(Path.of(line.required("token-dump")), shipped, checked);
                }
            } else {
                report.put("shipped", verdictFigures(outcomes, shipped.rules()));
                if (!split.equals("test")) {
                    report.put("fitted", VerdictFit.byMacroF1(outcomes, shipped.rules()));
                    report.put("fittedForAccuracy", VerdictFit.byAccuracy(outcomes, shipped.rules()));
                }
                report.put("latency", latency(outcomes));
                if (split.equals("all")) {
                    report.put("draft50", draft(shipped, claims));
                    // The same with the unsupported words named by the hand rules: what the token model costs.
                    CheckService rules = harness.checkService(shipped.rules(), SupportWeights.builtIn(), false);
                    report.put("latencyRules", latency(checkAll(rules, checked)));
                    report.put("draft50Rules", draft(rules, claims));
                }
            }
            report.forEach((k, v) -> System.out.println(k + ": " + v));
            EvalCommand.writeIfAsked(line, report);
        }
        return 0;
    }

    static List<Outcome> checkAll(CheckService service, List<WiceLoader.Claim> claims) {
        List<Outcome> outcomes = new ArrayList<>();
        for (WiceLoader.Claim claim : claims) {
            long started = System.nanoTime();
            CheckReport report = service.check(claim.text(), List.of(claim.article().document().id()));
            double millis = (System.nanoTime() - started) / 1e6;
            outcomes.add(new Outcome(claim, report.sentences(), cited(claim.article(), report), millis));
        }
        return outcomes;
    }

    /**
     * The article sentences cited, in citation order without repeats: a sentence counts when a citation's quote
     * contains it or lies within it.
     */
    static List<Integer> cited(WiceLoader.Article article, CheckReport report) {
        Set<Integer> cited = new LinkedHashSet<>();
        for (CheckedSentence s : report.sentences()) {
            for (CheckCitation c : s.citations()) {
                for (int i = 1; i < article.sentences().size(); i++) {
                    WiceLoader.SentenceAt at = article.sentences().get(i);
                    if (at.passageId().equals(c.passageId()) && (c.start() <= at.start() && at.end() <= c.end()
                            || at.start() <= c.start() && c.end() <= at.end())) {
                        cited.add(i);
                    }
                }
            }
        }
        return new ArrayList<>(cited);
    }

    /** Tune half: the claims whose SHA-256 of their id ends in an even hex digit. */
    static boolean inTunePart(WiceLoader.Claim claim) {
        String hash = StableIds.sha256(claim.id().getBytes(StandardCharsets.UTF_8));
        return Character.digit(hash.charAt(hash.length() - 1), 16) % 2 == 0;
    }

    /** A claim's verdict: the verdict of its one sentence; with several, supported or not only when all agree. */
    static Verdict verdict(Outcome o, CheckRules rules) {
        List<Verdict> verdicts = o.sentences().stream().map(s -> rules.verdict(s.score(), s.contradicted())).toList();
        if (verdicts.isEmpty()) {
            return Verdict.NOT_SUPPORTED;
        }
        return verdicts.stream().allMatch(v -> v == verdicts.get(0)) ? verdicts.get(0) : Verdict.PARTIALLY_SUPPORTED;
    }

    /** The figures on all the claims checked and on each half among them (a half not checked is left out). */
    static Map<String, Object> verdictFigures(List<Outcome> outcomes, CheckRules rules) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("all", verdicts(outcomes, rules));
        List<Outcome> tune = outcomes.stream().filter(o -> inTunePart(o.claim())).toList();
        List<Outcome> test = outcomes.stream().filter(o -> !inTunePart(o.claim())).toList();
        if (!tune.isEmpty()) {
            figures.put("tune", verdicts(tune, rules));
        }
        if (!test.isEmpty()) {
            figures.put("test", verdicts(test, rules));
        }
        return figures;
    }

    /** Accuracy, macro-F1 over the three labels, complete supporting set among the first 5 cited sentences. */
    static Map<String, Object> verdicts(List<Outcome> outcomes, CheckRules rules) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("claims", outcomes.size());
        f.put("accuracy", round(VerdictFit.accuracy(outcomes, rules)));
        f.put("macroF1", round(VerdictFit.macroF1(outcomes, rules)));
        List<Outcome> withSets = outcomes.stream().filter(o -> !o.claim().supportingSets().isEmpty()
                && o.claim().supportingSets().stream().anyMatch(s -> !s.isEmpty())).toList();
        long complete = withSets.stream().filter(o -> {
            Set<Integer> first5 = new LinkedHashSet<>(o.cited().subList(0, Math.min(5, o.cited().size())));
            return o.claim().supportingSets().stream().anyMatch(s -> !s.isEmpty() && first5.containsAll(s));
        }).count();
        f.put("supportingSetAt5", round(complete / (double) Math.max(1, withSets.size())));
        f.put("claimsWithSets", withSets.size());
        return f;
    }

    static Map<String, Object> latency(List<Outcome> outcomes) {
        double[] millis = outcomes.stream().mapToDouble(Outcome::millis).sorted().toArray();
        return Map.of("p50Ms", round(RankingMetrics.percentile(millis, 50)), "p95Ms", round(RankingMetrics.percentile(millis, 95)));
    }

    /** A draft of the first 50 claims, checked against the whole index (no documentIds): its time in ms. */
    static Map<String, Object> draft(CheckService service, List<WiceLoader.Claim> claims) {
        String text = claims.stream().limit(50).map(WiceLoader.Claim::text).collect(Collectors.joining(" "));
        long started = System.nanoTime();
        CheckReport report = service.check(text, List.of());
        return Map.of("sentences", report.sentences().size(), "ms", round((System.nanoTime() - started) / 1e6));
    }

    /** Unsupported-word precision, recall and F1 over the annotated claim tokens. */
    static Map<String, Object> tokenFigures(List<Outcome> outcomes) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("all", tokens(outcomes));
        figures.put("tune", tokens(outcomes.stream().filter(o -> inTunePart(o.claim())).toList()));
        figures.put("test", tokens(outcomes.stream().filter(o -> !inTunePart(o.claim())).toList()));
        return figures;
    }

    static Map<String, Object> tokens(List<Outcome> outcomes) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long absentTp = 0;
        long absentFp = 0;
        for (Outcome o : outcomes) {
            WiceLoader.Claim c = o.claim();
            List<TextSpan> flagged = o.sentences().stream().flatMap(s -> s.unsupported().stream()).toList();
            int from = 0;
            for (int i = 0; i < c.tokens().size() && i < c.unsupported().size(); i++) {
                String token = c.tokens().get(i);
                int start = c.text().indexOf(token, from);
                if (start < 0) {
                    continue;   // a token the annotators' tokenizer rewrote; it counts for neither side
                }
                int end = start + token.length();
                from = end;
                boolean predicted = flagged.stream().anyMatch(f -> f.start() < end && start < f.end());
                boolean gold = c.unsupported().get(i);
                tp += predicted && gold ? 1 : 0;
                fp += predicted && !gold ? 1 : 0;
                fn += !predicted && gold ? 1 : 0;
            }
        }
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("claims", outcomes.size());
        f.put("precision", round(precision));
        f.put("recall", round(recall));
        f.put("f1", round(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)));
        return f;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
