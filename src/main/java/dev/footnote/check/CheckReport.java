package dev.footnote.check;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code POST /api/check}: the checked sentences in text order, how many got each verdict, and
 * warnings (e.g. that indexing is still running, so the corpus may not hold everything yet).
 */
public record CheckReport(List<CheckedSentence> sentences, Map<String, Integer> counts, List<String> warnings) {

    public CheckReport {
        sentences = List.copyOf(sentences);
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        warnings = List.copyOf(warnings);
    }

    public static CheckReport of(List<CheckedSentence> sentences, List<String> warnings) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            counts.put(v.label(), (int) sentences.stream().filter(s -> s.verdict() == v).count());
        }
        return new CheckReport(sentences, counts, warnings);
    }

    /** Whether every sentence is supported (the command's exit status 0). */
    public boolean allSupported() {
        return sentences.stream().allMatch(s -> s.verdict() == Verdict.SUPPORTED);
    }
}
