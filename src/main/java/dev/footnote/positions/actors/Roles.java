package dev.footnote.positions.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.footnote.corpus.Passage;
import dev.footnote.text.NameWords;

/**
 * An actor's role as its documents give it, apart from its name: "Councillor" in "Councillor Priya Desai said",
 * "Finance Director" in "…, said Finance Director Samuel Reyes". Names are kept without titles (the catalog
 * strips them), so a reader sees one form of each name and the role beside it.
 */
public final class Roles {

    /** Honorifics are not roles. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "lady", "lord");
    /** The most title words a role is made of ("Former Deputy Prime Minister"). */
    private static final int MAX_WORDS = 4;

    private Roles() {
    }

    /** The role written most often right before the actor's names in the passages of its statements, or {@code null}. */
    public static String of(Actor actor, List<Statement> statements) {
        if (actor.kind() != Actor.Kind.PERSON && actor.kind() != Actor.Kind.UNKNOWN) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Statement s : statements) {
            Passage p = s.passage();
            if (!seen.add(p.id())) {
                continue;
            }
            List<Words.Word> words = Words.of(p.text());
            for (String name : actor.names()) {
                List<Words.Word> nameWords = Words.of(name);
                for (int i = 0; i + nameWords.size() <= words.size(); i++) {
                    if (matches(words, i, nameWords)) {
                        String role = roleBefore(p.text(), words, i);
                        if (role != null) {
                            counts.merge(role, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static boolean matches(List<Words.Word> words, int at, List<Words.Word> name) {
        for (int k = 0; k < name.size(); k++) {
            if (!words.get(at + k).lower().equals(name.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The capitalised title words right before word {@code at} ("Deputy Mayor"), plus one capitalised qualifier in
     * mid-sentence ("Finance" Director, "Fire" Chief); {@code null} when the word before is no title.
     */
    static String roleBefore(String text, List<Words.Word> words, int at) {
        int from = at;
        while (from > 0 && at - from < MAX_WORDS && adjacent(text, words.get(from - 1), words.get(from))
                && title(words.get(from - 1))) {
            from--;
        }
        if (from == at) {
            return null;
        }
        if (from > 0 && at - from < MAX_WORDS && adjacent(text, words.get(from - 1), words.get(from))
                && qualifier(text, words, from - 1)) {
            from--;
        }
        return text.substring(words.get(from).start(), words.get(at - 1).end());
    }

    private static boolean title(Words.Word w) {
        return w.capitalised() && !HONORIFICS.contains(w.lower().replace(".", ""))
                && (NameSpotter.TITLES.contains(w.lower().replace(".", "")) || NameWords.isTitleOrRole(w.text()));
    }

    /** A capitalised word that is no function word and does not open its sentence ("said Finance Director …"). */
    private static boolean qualifier(String text, List<Words.Word> words, int k) {
        Words.Word w = words.get(k);
        if (!w.capitalised() || NameSpotter.isNotName(w.lower()) || w.text().length() < 3) {
            return false;
        }
        String before = text.substring(k == 0 ? 0 : words.get(k - 1).end(), w.start());
        return k > 0 && !before.matches(".*[.!?:\"“”]\\s*");
    }

    /** Only spaces between two words: a comma or a full stop ends a role. */
    private static boolean adjacent(String text, Words.Word left, Words.Word right) {
        return text.substring(left.end(), right.start()).isBlank();
    }
}
