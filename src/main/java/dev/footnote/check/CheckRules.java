package dev.footnote.check;

import java.util.HashMap;
import java.util.Map;

import dev.footnote.text.ResourceLines;

/**
 * The check's decision rules, read from {@code check-rules.tsv} on the class path so that a refit changes no code.
 *
 * @param supported          the least support score of a supported sentence
 * @param partiallySupported the least support score of a partially supported one
 * @param contradicted       the best verdict a contradicted sentence can get
 * @param passages           passages retrieved per sentence
 * @param restrictedPassages with documentIds, up to this many passages of theirs are all candidates
 * @param filterDepth        beyond that, passages retrieved before keeping only theirs
 * @param maxCitations       citations per sentence at most
 * @param citeScore          below this score a sentence cites nothing
 * @param alsoCiteScore      a further sentence that backs the claim this well on its own is cited too (up to maxCitations)
 * @param fillGaps           whether stop words between two unsupported words are unsupported too
 * @param headingWords       a line of at most this many words and no full stop at its end is a heading
 * @param neighbourBonus     among the sentences of alsoCiteScore, one just before or after the judge's evidence ranks
 *                           as if it backed this much more of the claim (it often names who or what that speaks of)
 * @param unbackedScore      a sentence cited for the words still unbacked must back at least this share of them
 * @param leadingWords       whether an unbacked phrase starts at the function words that lead to its first unbacked
 *                           word ("<i>is the only</i> one"), within its clause, as WiCE's annotators mark it
 */
public record CheckRules(double supported, double partiallySupported, Verdict contradicted, int passages,
                         int restrictedPassages, int filterDepth, int maxCitations, double citeScore, double alsoCiteScore, boolean fillGaps,
                         int headingWords, double neighbourBonus, double unbackedScore, boolean leadingWords) {

    static final String RESOURCE = "dev/footnote/check/check-rules.tsv";

    public CheckRules {
        if (partiallySupported > supported || passages < 1 || maxCitations < 1 || filterDepth < passages) {
            throw new IllegalArgumentException("check rules out of range: partiallySupported <= supported, passages >= 1, "
                    + "maxCitations >= 1, filterDepth >= passages");
        }
    }

    /** The rules the product ships with. */
    public static CheckRules builtIn() {
        Map<String, String> r = new HashMap<>();
        for (String line : ResourceLines.read(RESOURCE)) {
            String[] parts = line.split("\\s+");
            r.put(parts[0], parts[1]);
        }
        return new CheckRules(number(r, "supported"), number(r, "partiallySupported"), Verdict.of(get(r, "contradicted")),
                (int) number(r, "passages"), (int) number(r, "restrictedPassages"), (int) number(r, "filterDepth"),
                (int) number(r, "maxCitations"), number(r, "citeScore"), number(r, "alsoCiteScore"), number(r, "fillGaps") != 0,
                (int) number(r, "headingWords"), number(r, "neighbourBonus"), number(r, "unbackedScore"),
                number(r, "leadingWords") != 0);
    }

    /** The same rules with other verdict thresholds (tuning). */
    public CheckRules withThresholds(double supportedFrom, double partiallyFrom) {
        return new CheckRules(supportedFrom, partiallyFrom, contradicted, passages, restrictedPassages, filterDepth,
                maxCitations, citeScore, alsoCiteScore, fillGaps, headingWords, neighbourBonus, unbackedScore, leadingWords);
    }

    /** The same rules with other verdict thresholds and another best verdict for a contradicted sentence (tuning). */
    public CheckRules withVerdictRules(double supportedFrom, double partiallyFrom, Verdict contradictedAtBest) {
        return new CheckRules(supportedFrom, partiallyFrom, contradictedAtBest, passages, restrictedPassages, filterDepth,
                maxCitations, citeScore, alsoCiteScore, fillGaps, headingWords, neighbourBonus, unbackedScore, leadingWords);
    }

    /** The verdict for a support score. */
    public Verdict verdict(double score, boolean isContradicted) {
        Verdict v = score >= supported ? Verdict.SUPPORTED : score >= partiallySupported ? Verdict.PARTIALLY_SUPPORTED
                : Verdict.NOT_SUPPORTED;
        return isContradicted && v.ordinal() < contradicted.ordinal() ? contradicted : v;
    }

    private static String get(Map<String, String> rules, String key) {
        String value = rules.get(key);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " has no rule " + key);
        }
        return value;
    }

    private static double number(Map<String, String> rules, String key) {
        return Double.parseDouble(get(rules, key));
    }
}
