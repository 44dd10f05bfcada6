package dev.footnote.positions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.footnote.evidence.TermWeights;
import dev.footnote.positions.actors.Statement;

/**
 * The built-in judge of whether two statements on one point back or contradict each other, from their words:
 * a content word one argues for and the other against ("a toll should pay for the repairs" / "not a toll")
 * contradicts; statements that share enough weighted content words, none of them argued in opposite
 * directions, back each other. The topic's words and the actors' names decide nothing.
 */
final class StanceRelation implements StatementRelation {

    /** The least weighted share of the smaller statement's content words the two must share to back each other. */
    static final double MIN_SHARED = 0.3;

    private final TermWeights weights;
    private final StanceWords stance;
    private final Set<String> neutral;
    /** One request's statements, each read once however many others it is set against. */
    private final Map<String, Map<String, Boolean>> memo = new HashMap<>();

    /** @param neutral analysed terms that say nothing about a side here: the topic's, the actors' names, framing words */
    StanceRelation(TermWeights weights, StanceWords stance, Set<String> neutral) {
        this.weights = weights;
        this.stance = stance;
        this.neutral = Set.copyOf(neutral);
    }

    @Override
    public Relation relate(Statement a, Statement b) {
        Map<String, Boolean> sa = memo.computeIfAbsent(a.text(), this::signs);
        Map<String, Boolean> sb = memo.computeIfAbsent(b.text(), this::signs);
        double shared = 0;
        for (Map.Entry<String, Boolean> e : sa.entrySet()) {
            Boolean other = sb.get(e.getKey());
            if (other == null) {
                continue;
            }
            if (!other.equals(e.getValue())) {
                return Relation.CONTRADICTS;
            }
            shared += weights.idf(e.getKey());
        }
        double smaller = Math.min(total(sa), total(sb));
        return smaller > 0 && shared / smaller >= MIN_SHARED ? Relation.BACKS : Relation.NEITHER;
    }

    /** Each analysed content term of the statement, {@code true} when the statement argues against it. */
    Map<String, Boolean> signs(String text) {
        Map<String, Boolean> signs = new HashMap<>();
        for (StanceWords.Signed w : stance.signed(text)) {
            if (w.marker()) {
                continue;
            }
            List<String> terms = weights.terms(w.word().text());
            for (String t : terms) {
                if (t.length() < 3 || neutral.contains(t) || t.chars().anyMatch(Character::isDigit)) {
                    continue;
                }
                // A word argued both for and against in one statement is no side of it.
                Boolean before = signs.putIfAbsent(t, w.negated());
                if (before != null && before != w.negated()) {
                    signs.put(t, null);
                }
            }
        }
        signs.values().removeIf(java.util.Objects::isNull);
        return signs;
    }

    private double total(Map<String, Boolean> signs) {
        return signs.keySet().stream().mapToDouble(weights::idf).sum();
    }
}
