package dev.footnote.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.footnote.check.CheckRules;
import dev.footnote.check.Verdict;

/**
 * The checker's verdict rules fitted on WiCE's tune half and measured on its test half: thresholds on a 0.02 grid
 * (partially supported at most supported), chosen by macro-F1 then accuracy, or by accuracy among the rules that keep
 * macro-F1 at least {@value #MIN_MACRO_F1}.
 */
final class VerdictFit {

    /** The least macro-F1 the accuracy fit keeps to on the tune half (the target for macro-F1). */
    static final double MIN_MACRO_F1 = 0.50;
    private static final double TIE = 1e-9;

    /** A candidate's figures on the tune half. */
    private record Scored(CheckRules rules, double macroF1, double accuracy) {
    }

    /** Whether a candidate beats the best so far. */
    private interface Better {
        boolean than(Scored candidate, Scored best);
    }

    private VerdictFit() {
    }

    /** Verdict thresholds fitted on the tune half (best macro-F1, then accuracy), measured on the test half. */
    static Map<String, Object> byMacroF1(List<WiceEval.Outcome> outcomes, CheckRules rules) {
        List<CheckRules> candidates = new ArrayList<>();
        forEachThreshold((s, p) -> candidates.add(rules.withThresholds(s, p)));
        return fit(outcomes, rules, candidates, (c, best) -> c.macroF1() > best.macroF1() + TIE
                || Math.abs(c.macroF1() - best.macroF1()) <= TIE && c.accuracy() > best.accuracy(), false);
    }

    /**
     * Verdict rules fitted on the tune half for accuracy: the thresholds and the best verdict of a contradicted
     * sentence that give the most accurate verdicts among those that keep macro-F1 at least {@value #MIN_MACRO_F1}
     * (ties: the higher macro-F1), measured on the test half.
     */
    static Map<String, Object> byAccuracy(List<WiceEval.Outcome> outcomes, CheckRules rules) {
        List<CheckRules> candidates = new ArrayList<>();
        for (Verdict contradicted : List.of(Verdict.PARTIALLY_SUPPORTED, Verdict.NOT_SUPPORTED)) {
            forEachThreshold((s, p) -> candidates.add(rules.withVerdictRules(s, p, contradicted)));
        }
        return fit(outcomes, rules, candidates, (c, best) -> c.macroF1() >= MIN_MACRO_F1
                && (c.accuracy() > best.accuracy() + TIE
                || Math.abs(c.accuracy() - best.accuracy()) <= TIE && c.macroF1() > best.macroF1()), true);
    }

    /** Supported thresholds 0.20–1.00 and partially supported ones 0–supported, in steps of 0.02. */
    private static void forEachThreshold(java.util.function.BiConsumer<Double, Double> action) {
        for (int s = 20; s <= 100; s += 2) {
            for (int p = 0; p <= s; p += 2) {
                action.accept(s / 100.0, p / 100.0);
            }
        }
    }

    /** The best candidate on the tune half (the shipped rules when none is better), with its figures on both halves. */
    private static Map<String, Object> fit(List<WiceEval.Outcome> outcomes, CheckRules shipped, List<CheckRules> candidates,
                                           Better better, boolean reportContradicted) {
        List<WiceEval.Outcome> tune = outcomes.stream().filter(o -> WiceEval.inTunePart(o.claim())).toList();
        List<WiceEval.Outcome> test = outcomes.stream().filter(o -> !WiceEval.inTunePart(o.claim())).toList();
        if (tune.isEmpty()) {
            return Map.of();
        }
        Scored best = new Scored(shipped, -1, -1);
        for (CheckRules candidate : candidates) {
            Scored scored = new Scored(candidate, macroF1(tune, candidate), accuracy(tune, candidate));
            if (better.than(scored, best)) {
                best = scored;
            }
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("supported", best.rules().supported());
        f.put("partiallySupported", best.rules().partiallySupported());
        if (reportContradicted) {
            f.put("contradicted", best.rules().contradicted().label());
        }
        f.put("tune", WiceEval.verdicts(tune, best.rules()));
        if (!test.isEmpty()) {
            f.put("test", WiceEval.verdicts(test, best.rules()));
        }
        return f;
    }

    /** The share of claims whose verdict is their label. */
    static double accuracy(List<WiceEval.Outcome> outcomes, CheckRules rules) {
        return outcomes.stream().filter(o -> WiceEval.verdict(o, rules).label().equals(o.claim().label())).count()
                / (double) outcomes.size();
    }

    static double macroF1(List<WiceEval.Outcome> outcomes, CheckRules rules) {
        double sum = 0;
        for (Verdict label : Verdict.values()) {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (WiceEval.Outcome o : outcomes) {
                boolean predicted = WiceEval.verdict(o, rules) == label;
                boolean gold = o.claim().label().equals(label.label());
                tp += predicted && gold ? 1 : 0;
                fp += predicted && !gold ? 1 : 0;
                fn += !predicted && gold ? 1 : 0;
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return sum / Verdict.values().length;
    }
}
