package dev.footnote.answer.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.footnote.evidence.SentenceScorer;

/**
 * Judges whether evidence sentences back a claim: which words of the claim they hold (each in its own way: a content
 * word by its stem or a related term, a name as a whole or by its last word, a number by its value, a negation by a
 * negation), how much that weighs, and which words nothing backs. A changed number or a negation on one side only is
 * a contradiction, not a missing word: it takes a penalty off the score. The best evidence is one sentence, or two
 * that together back more than either alone.
 */
public final class SupportJudge {

    /** An evidence sentence as the judge compares it (see {@link ClaimAnalysis#evidence}). */
    public record Evidence(String text, Set<String> terms, List<Double> numbers, boolean negated) {

        public Evidence {
            terms = Set.copyOf(terms);
            numbers = List.copyOf(numbers);
        }

        public static final Evidence NONE = new Evidence("", Set.of(), List.of(), false);
    }

    /**
     * The judgement.
     *
     * @param score        0..1 (it may go below 0 with penalties): the weighted share of the claim that the evidence backs
     * @param evidence     the indices of the best evidence sentences (one or two) among the candidates, best first;
     *                     empty when there were none
     * @param unsupported  the claim's words that neither the best evidence nor the context backs, in order
     * @param contradicted whether the best evidence states another number or negates what the claim does not
     */
    public record Support(double score, List<Integer> evidence, List<ClaimWord> unsupported, boolean contradicted) {

        public Support {
            evidence = List.copyOf(evidence);
            unsupported = List.copyOf(unsupported);
        }

        /** Whether a word of the given kind is among the unsupported ones. */
        public boolean lacks(WordKind kind) {
            return unsupported.stream().anyMatch(w -> w.kind() == kind);
        }
    }

    private final SentenceScorer scorer;
    private final SupportWeights weights;

    public SupportJudge(SentenceScorer scorer, SupportWeights weights) {
        this.scorer = scorer;
        this.weights = weights;
    }

    public SupportWeights weights() {
        return weights;
    }

    /**
     * @param claim      the claim's words ({@link ClaimAnalysis#words})
     * @param candidates the sentences that may back it
     * @param context    what the evidence leans on (its source line, title, the sentences before it): it backs names
     *                   and numbers fully and content words at {@link SupportWeights#contextCredit}
     */
    public Support judge(List<ClaimWord> claim, List<Evidence> candidates, Evidence context) {
        if (claim.isEmpty()) {
            return new Support(1, candidates.isEmpty() ? List.of() : List.of(0), List.of(), false);
        }
        if (candidates.isEmpty()) {
            return score(claim, List.of(), context, List.of());
        }
        // 1. The best single sentence.
        Support best = null;
        for (int i = 0; i < candidates.size(); i++) {
            Support s = score(claim, List.of(candidates.get(i)), context, List.of(i));
            if (best == null || s.score() > best.score()) {
                best = s;
            }
        }
        // 2. A second sentence, where it backs what the first lacks.
        int first = best.evidence().get(0);
        Support pair = best;
        for (int i = 0; i < candidates.size(); i++) {
            if (i != first) {
                Support s = score(claim, List.of(candidates.get(first), candidates.get(i)), context, List.of(first, i));
                if (s.score() > pair.score()) {
                    pair = s;
                }
            }
        }
        return pair.score() >= best.score() + weights.pairGain() ? pair : best;
    }

    /** The judgement of a claim against one set of evidence sentences. */
    private Support score(List<ClaimWord> claim, List<Evidence> evidence, Evidence context, List<Integer> indices) {
        double total = 0;
        double backed = 0;
        List<ClaimWord> unsupported = new ArrayList<>();
        boolean numberMismatch = false;
        boolean claimNegated = false;
        for (ClaimWord word : claim) {
            double weight = weight(word);
            total += weight;
            if (word.kind() == WordKind.NEGATION) {
                claimNegated = true;
            }
            double credit = word.kind() == WordKind.NEGATION ? (negationBacked(claim, evidence) ? 1 : 0)
                    : credit(word, evidence, context);
            backed += credit * weight;
            if (credit < 1 && !(credit > 0 && word.kind() == WordKind.CONTENT)) {
                unsupported.add(word);
            }
            if (word.kind() == WordKind.NUMBER && credit == 0 && evidence.stream().anyMatch(e -> !e.numbers().isEmpty())) {
                numberMismatch = true;
            }
        }
        // Negation is read from the main sentence only: a second sentence that merely says "not" somewhere else
        // neither backs a negated claim nor contradicts a plain one.
        boolean negationMismatch = !evidence.isEmpty() && (claimNegated ? !negationBacked(claim, evidence)
                : evidence.get(0).negated() && heldShare(claim, evidence.get(0)) >= weights.negationCoverage());
        double score = total <= 0 ? 0 : backed / total;
        score -= (numberMismatch ? weights.numberMismatch() : 0) + (negationMismatch ? weights.negationMismatch() : 0);
        return new Support(score, indices, unsupported, numberMismatch || negationMismatch);
    }

    /** 0..1: how far the evidence (fully) or its context backs the word. */
    private double credit(ClaimWord word, List<Evidence> evidence, Evidence context) {
        return switch (word.kind()) {
            case NUMBER -> evidence.stream().anyMatch(e -> holdsNumber(e, word.value())) || holdsNumber(context, word.value()) ? 1 : 0;
            case NEGATION -> negationBacked(List.of(word), evidence) ? 1 : 0;
            case NAME -> evidence.stream().anyMatch(e -> holdsName(e.terms(), word)) || holdsName(context.terms(), word) ? 1 : 0;
            case CONTENT -> evidence.stream().anyMatch(e -> holdsAny(e.terms(), word)) ? 1
                    : holdsAny(context.terms(), word) ? weights.contextCredit() : 0;
        };
    }

    /** Whether the main evidence sentence negates, and holds enough of the claim's other words for that to count. */
    private boolean negationBacked(List<ClaimWord> claim, List<Evidence> evidence) {
        return !evidence.isEmpty() && evidence.get(0).negated() && heldShare(claim, evidence.get(0)) >= weights.negationCoverage();
    }

    /** The share of the claim's words other than negations that one evidence sentence holds (unweighted). */
    private double heldShare(List<ClaimWord> claim, Evidence e) {
        int words = 0;
        int held = 0;
        for (ClaimWord w : claim) {
            if (w.kind() != WordKind.NEGATION) {
                words++;
                held += credit(w, List.of(e), Evidence.NONE) >= 1 ? 1 : 0;
            }
        }
        return words == 0 ? 1 : (double) held / words;
    }

    private static boolean holdsNumber(Evidence e, double value) {
        return e.numbers().stream().anyMatch(v -> Numbers.same(v, value));
    }

    /** A name is held as a whole, by its last word ("Kim" for "Daniel Kim"), or by a related term ("United States"). */
    private boolean holdsName(Set<String> terms, ClaimWord name) {
        List<String> t = name.terms();
        if (t.stream().allMatch(term -> holds(terms, term)) || holds(terms, t.get(t.size() - 1)) && t.size() > 1) {
            return true;
        }
        return false;
    }

    private boolean holdsAny(Set<String> terms, ClaimWord word) {
        return word.terms().stream().anyMatch(t -> holds(terms, t));
    }

    private boolean holds(Set<String> terms, String term) {
        if (terms.contains(term)) {
            return true;
        }
        for (Set<String> alternative : scorer.alternatives(term)) {
            if (!alternative.isEmpty() && terms.containsAll(alternative)) {
                return true;
            }
        }
        return false;
    }

    /** A word's weight: its kind's weight, times its idf for content words and names. */
    private double weight(ClaimWord word) {
        double kind = weights.of(word.kind());
        if (word.kind() == WordKind.CONTENT || word.kind() == WordKind.NAME) {
            double idf = word.terms().stream().mapToDouble(scorer::idf).average().orElse(1);
            return kind * Math.max(0.5, idf);
        }
        return kind;
    }
}
