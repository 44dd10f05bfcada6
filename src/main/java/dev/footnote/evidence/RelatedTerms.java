package dev.footnote.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.footnote.text.ResourceLines;

/**
 * What a sentence may say instead of a question's word: "won" is answered by "defeated", "Washington"
 * (the government) by "the United States". Read from {@code dev/footnote/evidence/related-terms.txt},
 * one {@code word = alternative, alternative} a line, and analysed as the index analyses text, so the
 * entries match whatever inflection the question and the sentence use.
 */
public final class RelatedTerms {

    private static final String RESOURCE = "dev/footnote/evidence/related-terms.txt";

    /** Analysed term → the analysed term sets that may stand for it (a set counts when all its terms are there). */
    private final Map<String, List<Set<String>>> alternatives;

    RelatedTerms(Map<String, List<Set<String>>> alternatives) {
        this.alternatives = Map.copyOf(alternatives);
    }

    /** The built-in list, analysed by {@code terms} (the index's analysis). */
    public static RelatedTerms builtIn(Function<String, List<String>> terms) {
        Map<String, List<Set<String>>> alternatives = new HashMap<>();
        for (String line : lines()) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException(RESOURCE + ": no '=' in \"" + line + "\"");
            }
            List<String> left = terms.apply(line.substring(0, eq));
            if (left.size() != 1) {
                continue; // a stop word, or several words: nothing a single question term can be
            }
            for (String alternative : line.substring(eq + 1).split(",")) {
                Set<String> set = new LinkedHashSet<>(terms.apply(alternative));
                set.remove(left.get(0));
                if (!set.isEmpty()) {
                    alternatives.computeIfAbsent(left.get(0), k -> new ArrayList<>()).add(Set.copyOf(set));
                }
            }
        }
        return new RelatedTerms(alternatives);
    }

    /** The term sets that may stand for {@code term}; empty when there are none. */
    public List<Set<String>> of(String term) {
        return alternatives.getOrDefault(term, List.of());
    }

    private static List<String> lines() {
        return ResourceLines.read(RESOURCE);
    }
}
