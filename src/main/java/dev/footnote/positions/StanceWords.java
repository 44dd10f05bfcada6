package dev.footnote.positions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.footnote.positions.actors.Words;
import dev.footnote.text.ResourceLines;

/**
 * The words by which a statement takes a side ("should", "oppose", "the right call") and those that turn what
 * follows them against ("not", "instead of", "rather than"), from {@code dev/footnote/positions/stance-words.txt}.
 * A statement with no stance word (a plain announcement) is listed under its point but set against no other.
 */
final class StanceWords {

    private static final String RESOURCE = "dev/footnote/positions/stance-words.txt";
    private static final String NEGATION = "negation:";
    private static final String AGAINST = "against:";
    /** What ends the reach of a negation: the clause ends. */
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[,;:.!?()\u2014]|\\s-\\s");

    /** The word sequences of each list, by their first word. */
    private final Map<String, List<String[]>> stance;
    private final Map<String, List<String[]>> negation;
    private final Map<String, List<String[]>> against;

    private StanceWords(Map<String, List<String[]>> stance, Map<String, List<String[]>> negation,
                        Map<String, List<String[]>> against) {
        this.stance = stance;
        this.negation = negation;
        this.against = against;
    }

    static StanceWords builtIn() {
        Map<String, List<String[]>> stance = new HashMap<>();
        Map<String, List<String[]>> negation = new HashMap<>();
        Map<String, List<String[]>> against = new HashMap<>();
        for (String line : ResourceLines.read(RESOURCE)) {
            Map<String, List<String[]>> list = line.startsWith(NEGATION) ? negation : line.startsWith(AGAINST) ? against : stance;
            String entry = line.startsWith(NEGATION) ? line.substring(NEGATION.length())
                    : line.startsWith(AGAINST) ? line.substring(AGAINST.length()) : line;
            String[] words = entry.strip().toLowerCase(Locale.ROOT).split("\\s+");
            list.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        return new StanceWords(stance, negation, against);
    }

    /** Every listed word, stance and negation alike: words that say how, not what about. */
    List<String> words() {
        List<String> all = new ArrayList<>();
        stance.values().forEach(l -> l.forEach(seq -> all.addAll(List.of(seq))));
        negation.values().forEach(l -> l.forEach(seq -> all.addAll(List.of(seq))));
        against.values().forEach(l -> l.forEach(seq -> all.addAll(List.of(seq))));
        return all;
    }

    /** A word of a statement, and whether it is argued against (it follows a negation in its clause). */
    record Signed(Words.Word word, boolean negated, boolean marker) {
    }

    /** Whether the statement takes a side: it holds a stance word. */
    boolean hasStance(String text) {
        List<Words.Word> words = Words.of(text);
        for (int i = 0; i < words.size(); i++) {
            if (length(stance, words, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The statement's words, each marked negated when a negation before it in its clause turns it against. */
    List<Signed> signed(String text) {
        List<Words.Word> words = Words.of(text);
        List<Signed> signed = new ArrayList<>();
        boolean negated = false;
        boolean afterNegation = false;
        int previousEnd = 0;
        int clauseStart = 0;
        boolean clauseAgainst = false;
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            if (CLAUSE_END.matcher(text.substring(previousEnd, w.start())).find() || "but".equals(w.lower())) {
                settle(signed, clauseStart, clauseAgainst);
                negated = false;
                clauseStart = signed.size();
                clauseAgainst = false;
            }
            int n = length(negation, words, i);
            if (n > 0) {
                negated = true;
                afterNegation = true;
                for (int k = 0; k < n; k++) {
                    signed.add(new Signed(words.get(i + k), false, true));
                }
                previousEnd = words.get(i + n - 1).end();
                i += n - 1;
                continue;
            }
            boolean marker = length(stance, words, i) > 0;
            clauseAgainst |= length(against, words, i) > 0;
            // "opposes the toll and supports the bond": a stance word starts a new reach, unless negated itself.
            if (marker && !afterNegation) {
                negated = false;
            }
            afterNegation = false;
            signed.add(new Signed(w, negated, marker));
            previousEnd = w.end();
        }
        settle(signed, clauseStart, clauseAgainst);
        return signed;
    }

    /** A clause judged against ("a toll is unfair") argues against all its words. */
    private static void settle(List<Signed> signed, int from, boolean against) {
        if (!against) {
            return;
        }
        for (int k = from; k < signed.size(); k++) {
            Signed s = signed.get(k);
            if (!s.marker()) {
                signed.set(k, new Signed(s.word(), true, false));
            }
        }
    }

    /** How many words of a listed sequence start at word {@code i}; 0 when none. */
    private static int length(Map<String, List<String[]>> list, List<Words.Word> words, int i) {
        int best = 0;
        for (String[] seq : list.getOrDefault(words.get(i).lower(), List.of())) {
            if (i + seq.length <= words.size() && best < seq.length) {
                boolean all = true;
                for (int k = 1; k < seq.length && all; k++) {
                    all = words.get(i + k).lower().equals(seq[k]);
                }
                if (all) {
                    best = seq.length;
                }
            }
        }
        return best;
    }
}
