package dev.footnote.answer.verify;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.footnote.evidence.SentenceScorer;
import dev.footnote.text.ResourceLines;

/**
 * Which words state the opposite of a claim word, by their stems: the pairs of {@code opposites.txt} ("increases" and
 * "reduced", "improves" and "impaired"), and a word and its negating prefix ("dependent" and "independent",
 * "treated" and "untreated"). Evidence that lacks a claim's word but holds its opposite says otherwise.
 */
public final class Opposites {

    static final String RESOURCE = "dev/footnote/answer/verify/opposites.txt";
    /** Negating prefixes, and the least length of what follows them ("inform" is no negated "form"). */
    private static final Pattern PREFIXED = Pattern.compile("(?:in|un|non-?)(\\p{L}{5,})");

    /** Words whose opposites are kept once worked out: a judge compares the same claim words with many sentences. */
    private static final int CACHED = 10_000;

    private final SentenceScorer scorer;
    private final Map<String, Set<String>> opposites = new HashMap<>();
    private final Map<String, Set<String>> cache = new java.util.concurrent.ConcurrentHashMap<>();

    public Opposites(SentenceScorer scorer) {
        this.scorer = scorer;
        for (String line : ResourceLines.read(RESOURCE)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(RESOURCE + ": no colon in '" + line + "'");
            }
            Set<String> one = stems(line.substring(0, colon));
            Set<String> other = stems(line.substring(colon + 1));
            one.forEach(t -> opposites.computeIfAbsent(t, k -> new HashSet<>()).addAll(other));
            other.forEach(t -> opposites.computeIfAbsent(t, k -> new HashSet<>()).addAll(one));
        }
    }

    /**
     * Whether an evidence sentence holds the opposite of a content word of the claim that nothing backs; an opposite the
     * claim states itself ("supported a bill <i>banning</i> sales") backs the claim where the evidence holds it.
     */
    boolean statedIn(List<ClaimWord> claim, List<ClaimWord> unsupported, List<SupportJudge.Evidence> evidence) {
        Set<String> stated = new HashSet<>();
        claim.forEach(w -> stated.addAll(w.terms()));
        for (ClaimWord word : unsupported) {
            if (word.kind() == WordKind.CONTENT) {
                Set<String> opposite = new HashSet<>(of(word));
                opposite.removeAll(stated);
                if (evidence.stream().anyMatch(e -> e.terms().stream().anyMatch(opposite::contains))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The stems that state the opposite of the word: from the list, and the word with or without a negating prefix. */
    public Set<String> of(ClaimWord word) {
        String key = word.text().toLowerCase(Locale.ROOT);
        Set<String> known = cache.get(key);
        if (known != null) {
            return known;
        }
        if (cache.size() >= CACHED) {
            cache.clear();
        }
        Set<String> found = Set.copyOf(workOut(word));
        cache.put(key, found);
        return found;
    }

    private Set<String> workOut(ClaimWord word) {
        Set<String> found = new HashSet<>();
        for (String term : word.terms()) {
            found.addAll(opposites.getOrDefault(term, Set.of()));
        }
        String lower = word.text().toLowerCase(Locale.ROOT);
        var prefixed = PREFIXED.matcher(lower);
        if (prefixed.matches()) {
            found.addAll(scorer.terms(prefixed.group(1)));
        } else if (lower.length() >= 5 && lower.chars().allMatch(Character::isLetter)) {
            for (String prefix : List.of("in", "un", "non")) {
                found.addAll(scorer.terms(prefix + lower));
            }
        }
        found.removeAll(word.terms());
        return found;
    }

    private Set<String> stems(String words) {
        Set<String> stems = new HashSet<>();
        for (String w : words.strip().split("\\s+")) {
            if (!w.isBlank()) {
                stems.addAll(scorer.terms(w));
            }
        }
        return stems;
    }
}
