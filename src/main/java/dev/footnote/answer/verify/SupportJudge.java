package dev.footnote.answer.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.footnote.evidence.SentenceScorer;

/**
 * Judges whether evidence sentences back a claim: which words of the claim they hold (each in its own way: a content
 * word by its stem or a related term, a name as a whole or by its last word, a number by its value, a negation by a
 * negation), how much that weighs, and which words nothing backs. A changed number or a negation on one side only is
 * a contradiction, not a missing word: it takes a penalty off the score; so is a claim word whose opposite the
 * evidence states instead ({@link Opposites}). The best evidence is one sentence, or two or three that together back
 * more than fewer of them.
 */
public final class SupportJudge {

    /** An evidence sentence as the judge compares it (see {@link ClaimAnalysis#evidence}). */
    /**
     * @param negatedTerms the terms of the few words after each negation: what the text denies ("not <i>recognise</i>
     *                     Kosovo"), so that "no one should exploit…" in one clause does not deny another clause
     */
    public record Evidence(String text, Set<String> terms, List<Double> numbers, boolean negated, Set<String> negatedTerms) {

        public Evidence {
            terms = Set.copyOf(terms);
            numbers = List.copyOf(numbers);
            negatedTerms = Set.copyOf(negatedTerms);
        }

        public static final Evidence NONE = new Evidence("", Set.of(), List.of(), false, Set.of());
    }

    /**
     * The judgement.
     *
     * @param score        0..1 (it may go below 0 with penalties): the weighted share of the claim that the evidence backs
     * @param evidence     the indices of the best evidence sentences (one or two) among the candidates, best first;
     *                     empty when there were none
     * @param unsupported  the claim's words that neither the best evidence nor the context backs, in order
     * @param contradicted whether the best evidence states another number, negates what the claim does not, or states
     *                     the opposite of a claim word it lacks
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

    /** The least share of a claim that evidence must back before it can contradict it. */
    private static final double SAME_STATEMENT = 0.5;
    /** The share of a claim one sentence must back for its contradiction to stand against further evidence. */
    private static final double WHOLE_STATEMENT = 0.75;
    /** How much the full score counts when two sentences hold the same share of a claim's words. */
    private static final double TIE_BREAK = 1e-3;
    /** The shortest stem two forms of a name may share ("Sahar…"). */
    private static final int NAME_STEM = 4;
    /** The most evidence sentences that together back a claim. */
    static final int MAX_EVIDENCE = 3;
    /** How many words after a negation it denies ("not <i>call</i> for <i>restraint</i>"). */
    static final int NEGATION_SCOPE = 3;

    private final SentenceScorer scorer;
    private final SupportWeights weights;
    private final Opposites opposites;

    public SupportJudge(SentenceScorer scorer, SupportWeights weights) {
        this.scorer = scorer;
        this.weights = weights;
        this.opposites = new Opposites(scorer);
    }

    public SupportWeights weights() {
        return weights;
    }

    /**
     * @param claim      the claim's words ({@link ClaimAnalysis#words})
     * @param candidates the sentences that may back it
     * @param context    what the evidence leans on (its passage, source line, section, context lines): it backs names
     *                   and numbers fully and content words at {@link SupportWeights#contextCredit}
     */
    public Support judge(List<ClaimWord> claim, List<Evidence> candidates, Evidence context) {
        if (claim.isEmpty()) {
            return new Support(1, candidates.isEmpty() ? List.of() : List.of(0), List.of(), false);
        }
        if (candidates.isEmpty()) {
            return score(claim, List.of(), context, List.of()).support();
        }
        // 1. The best single sentence: the one that holds most of the claim's words, before any contradiction counts,
        //    so that a sentence stating another number, or the opposite, is the evidence shown against the claim.
        Scored best = null;
        List<Scored> alone = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Scored s = score(claim, List.of(candidates.get(i)), context, List.of(i));
            alone.add(s);
            if (best == null || s.matched() > best.matched()) {
                best = s;
            }
        }
        // 2. A second sentence, then a third, where it backs what those before lack: a claim that sums up a report
        //    ("X was founded in 1990 by Y and sold in 2005") is often said over two or three of its sentences.
        Scored chosen = best;
        for (int added = 1; added < MAX_EVIDENCE; added++) {
            List<Integer> indices = chosen.support().evidence();
            Scored grown = chosen;
            for (int i = 0; i < candidates.size(); i++) {
                if (!indices.contains(i)) {
                    List<Integer> with = new ArrayList<>(indices);
                    with.add(i);
                    Scored s = score(claim, with.stream().map(candidates::get).toList(), context, with);
                    if (s.support().score() > grown.support().score()) {
                        grown = s;
                    }
                }
            }
            if (grown.support().score() < chosen.support().score() + weights.pairGain()) {
                break;
            }
            chosen = grown;
        }
        return contradictedAsBest(claim, candidates, best, chosen, alone).support();
    }

    /**
     * The grown evidence, still contradicted when the sentence that makes the claim's statement states its opposite
     * or denies it: "pyridostatin increases telomere fragility" refutes "pyridostatin decreases telomere fragility"
     * even where another sentence of the abstract says "decreases" of something else, so that second sentence may back
     * other words but not undo the contradiction. Only when that sentence makes most of the statement on its own, and
     * no added sentence makes the statement too. Another number does not stand so: an article often gives a count
     * twice, as of two dates ("six nominations" in the lead, "five nominations at 31" further on), and on the tuning
     * halves standing numbers refused more backed claims than refuted ones.
     */
    private Scored contradictedAsBest(List<ClaimWord> claim, List<Evidence> candidates, Scored best, Scored chosen,
                                      List<Scored> alone) {
        if (!best.negationMismatch() || chosen.support().contradicted() || best.matched() < WHOLE_STATEMENT
                || chosen.support().evidence().stream().anyMatch(i -> alone.get(i) != best
                        && alone.get(i).matched() >= SAME_STATEMENT && !alone.get(i).support().contradicted())) {
            return chosen;
        }
        List<ClaimWord> unsupported = new ArrayList<>(chosen.support().unsupported());
        // What the contradicting sentence denies or turns round is unsupported, whatever else backs the word.
        List<Evidence> contradicting = best.support().evidence().stream().map(candidates::get).toList();
        best.support().unsupported().stream()
                .filter(w -> w.kind() == WordKind.NEGATION || opposites.statedIn(claim, List.of(w), contradicting))
                .filter(w -> !unsupported.contains(w)).forEach(unsupported::add);
        unsupported.sort(java.util.Comparator.comparingInt(ClaimWord::start));
        Support support = chosen.support();
        double score = Math.min(support.score() - best.penalty(), best.support().score());
        return new Scored(new Support(score, support.evidence(), unsupported, true),
                chosen.matched(), best.penalty(), true);
    }

    /**
     * A judgement and the share of the claim's words its evidence holds, negations and numbers aside and before
     * contradictions are counted: what makes a sentence the evidence for a claim, even one it contradicts.
     */
    private record Scored(Support support, double matched, double penalty, boolean negationMismatch) {
    }

    /** The judgement of a claim against one set of evidence sentences. */
    private Scored score(List<ClaimWord> claim, List<Evidence> evidence, Evidence context, List<Integer> indices) {
        double total = 0;
        double backed = 0;
        // The weight of the claim's negations and numbers: what a contradiction is about, left out when judging
        // whether evidence makes the same statement.
        double aside = 0;
        double backedAside = 0;
        List<ClaimWord> unsupported = new ArrayList<>();
        boolean numberMismatch = false;
        Set<String> denied = Negations.denied(claim);
        for (ClaimWord word : claim) {
            double weight = weight(word);
            total += weight;
            // A negation is backed by evidence that denies what the claim denies, not by a "not" about something else.
            double credit = word.kind() == WordKind.NEGATION
                    ? (evidence.stream().anyMatch(e -> e.negatedTerms().stream().anyMatch(denied::contains)) ? 1 : 0)
                    : credit(word, evidence, context);
            backed += credit * weight;
            if (word.kind() == WordKind.NEGATION || word.kind() == WordKind.NUMBER) {
                aside += weight;
                backedAside += credit * weight;
            }
            if (credit < 1 && !(credit > 0 && word.kind() == WordKind.CONTENT)) {
                unsupported.add(word);
            }
            if (word.kind() == WordKind.NUMBER && credit == 0 && evidence.stream().anyMatch(e -> !e.numbers().isEmpty())) {
                numberMismatch = true;
            }
        }
        double score = total <= 0 ? 0 : backed / total;
        // A contradiction needs the same statement: evidence that backs little of the claim contradicts nothing.
        double beyondNegations = total - aside <= 0 ? 0 : (backed - backedAside) / (total - aside);
        boolean same = beyondNegations >= SAME_STATEMENT;
        numberMismatch &= same;
        // A claim word the evidence lacks while it states the opposite ("decreases" against "increases") is the same
        // kind of contradiction as a negation on one side only, and weighs the same.
        boolean negationMismatch = same && (Negations.differ(claim, evidence) || opposites.statedIn(claim, unsupported, evidence));
        double penalty = (numberMismatch ? weights.numberMismatch() : 0) + (negationMismatch ? weights.negationMismatch() : 0);
        score -= penalty;
        // Among sentences that make the same statement, the one that also states the claim's number comes first.
        return new Scored(new Support(score, indices, unsupported, numberMismatch || negationMismatch),
                beyondNegations + TIE_BREAK * score, penalty, negationMismatch);
    }

    /** 0..1: how far the evidence (fully) or its context backs the word. */
    private double credit(ClaimWord word, List<Evidence> evidence, Evidence context) {
        return switch (word.kind()) {
            case NUMBER -> evidence.stream().anyMatch(e -> holdsNumber(e, word)) || holdsNumber(context, word) ? 1 : 0;
            case NEGATION -> evidence.stream().anyMatch(Evidence::negated) ? 1 : 0;
            case NAME -> evidence.stream().anyMatch(e -> holdsName(e, word)) || holdsName(context, word) ? 1 : 0;
            case CONTENT -> evidence.stream().anyMatch(e -> holdsAny(e.terms(), word)) ? 1
                    : holdsAny(context.terms(), word) ? weights.contextCredit() : 0;
        };
    }

    private static boolean holdsNumber(Evidence e, ClaimWord number) {
        Numbers.Found stated = new Numbers.Found(number.start(), number.end(), number.value(), number.upTo());
        return e.numbers().stream().anyMatch(stated::holds);
    }

    /**
     * A name is held as a whole, by its last word ("Kim" for "Daniel Kim"), by a related term ("United States" for
     * "Washington"), or by its initials or their expansion ("US" and "United States").
     */
    private boolean holdsName(Evidence evidence, ClaimWord name) {
        List<String> t = name.terms();
        Set<String> terms = evidence.terms();
        if (evidence.text().contains(name.text()) || evidence.text().contains(Acronyms.singular(name.text()))
                || t.stream().allMatch(term -> holdsForm(terms, term)) || holdsForm(terms, t.get(t.size() - 1)) && t.size() > 1) {
            return true;
        }
        return Acronyms.isAcronym(name.text()) ? Acronyms.spelledOut(name.text(), evidence.text())
                : Acronyms.initialsIn(name.text(), evidence.text());
    }

    /**
     * A name's term held as it is or in another form of the same name: one a prefix of the other, the shorter of at
     * least {@value #NAME_STEM} letters ("Saharan" and "Sahara", "Brazil" and "Brazilian").
     */
    private boolean holdsForm(Set<String> terms, String term) {
        if (holds(terms, term)) {
            return true;
        }
        for (String t : terms) {
            String shorter = t.length() < term.length() ? t : term;
            String longer = shorter == t ? term : t;
            if (shorter.length() >= NAME_STEM && longer.startsWith(shorter) && longer.length() - shorter.length() <= 3) {
                return true;
            }
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
