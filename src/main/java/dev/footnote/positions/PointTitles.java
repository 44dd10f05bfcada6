package dev.footnote.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.footnote.evidence.TermWeights;
import dev.footnote.positions.actors.Words;

/** A point's title, taken from its statements' own words. */
final class PointTitles {

    /** The most words of a title taken from a statement. */
    private static final int MAX_TITLE_WORDS = 6;

    private final TermWeights weights;

    PointTitles(TermWeights weights) {
        this.weights = weights;
    }

    /**
     * The shortest run of a statement's own words (at most {@value #MAX_TITLE_WORDS}) holding the group's two most
     * telling words (held by most of its statements, rarest in the corpus); else those words themselves.
     */
    String title(List<Integer> group, List<ScoredStatement> all, List<Set<String>> terms) {
        Map<String, Integer> held = new HashMap<>();
        group.forEach(i -> terms.get(i).forEach(t -> held.merge(t, 1, Integer::sum)));
        List<String> top = held.keySet().stream()
                .sorted(Comparator.comparingDouble((String t) -> held.get(t) * weights.idf(t)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .limit(2).toList();
        if (top.isEmpty()) {
            return capitalised(Words.of(all.get(group.get(0)).statement().text()).stream().limit(MAX_TITLE_WORDS)
                    .map(Words.Word::text).reduce((x, y) -> x + " " + y).orElse("Other"));
        }
        String best = null;
        List<String> surfaces = new ArrayList<>();
        for (int i : group) {
            String text = all.get(i).statement().text();
            List<Words.Word> words = Words.of(text);
            List<List<String>> termsOf = words.stream().map(w -> weights.terms(w.text())).toList();
            for (int from = 0; from < words.size(); from++) {
                for (int to = from; to < words.size() && to - from < MAX_TITLE_WORDS; to++) {
                    Set<String> inside = new HashSet<>();
                    for (int k = from; k <= to; k++) {
                        inside.addAll(termsOf.get(k));
                    }
                    if (inside.containsAll(top) && !termsOf.get(from).isEmpty() && !termsOf.get(to).isEmpty()) {
                        String run = text.substring(words.get(from).start(), words.get(to).end());
                        if (best == null || run.length() < best.length()) {
                            best = run;
                        }
                        break;
                    }
                }
            }
            for (int k = 0; k < words.size(); k++) {
                if (top.contains(first(termsOf.get(k))) && surfaces.size() < top.size()
                        && !surfaces.contains(words.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                    surfaces.add(words.get(k).text().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return capitalised(best != null ? best : String.join(" and ", surfaces));
    }

    private static String first(List<String> terms) {
        return terms.isEmpty() ? "" : terms.get(0);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
