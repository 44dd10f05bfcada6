package dev.footnote.positions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.ClaimWord;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.answer.verify.WordKind;
import dev.footnote.positions.actors.Statement;

/**
 * Whether two statements on one point back or contradict each other, decided by the support judge that checks answers
 * ({@link SupportJudge}: does this evidence back this claim?) and by stance words ({@link StanceRelation}):
 * <ol>
 *   <li>a content word one argues for and the other against ("a toll should pay" / "a bond, not a toll") contradicts;</li>
 *   <li>so does what the judge calls a contradiction either way round: the same statement with a negation on one side
 *       only ("should close this spring" / "should not close this spring") or another number;</li>
 *   <li>one statement backs the other when the judge finds it backs at least {@code min-support} of the other's words.</li>
 * </ol>
 * Each side is judged on what it says, not on how it is reported: the actors' names and roles, the topic's words,
 * reporting verbs and stance words are no part of the claim (stance words are the stance rule's to read).
 */
final class JudgedRelation implements StatementRelation {

    /** How many claim words after a negation the judge takes as denied (as {@code SupportJudge} reads a claim). */
    private static final int NEGATION_SCOPE = 3;

    private final ClaimAnalysis analysis;
    private final SupportJudge judge;
    private final StanceRelation stance;
    private final Set<String> neutral;
    private final double minSupport;
    /** One request's statements, each analysed once however many others it is set against. */
    private final Map<String, List<ClaimWord>> claims = new HashMap<>();
    private final Map<String, SupportJudge.Evidence> evidence = new HashMap<>();

    /**
     * @param neutral    analysed terms that say nothing about a side: the topic's, the actors' names and roles, framing
     *                   and stance words
     * @param minSupport the judge's least score (0..1) for one statement to back the other
     */
    JudgedRelation(ClaimAnalysis analysis, SupportJudge judge, StanceRelation stance, Set<String> neutral, double minSupport) {
        this.analysis = analysis;
        this.judge = judge;
        this.stance = stance;
        this.neutral = Set.copyOf(neutral);
        this.minSupport = minSupport;
    }

    @Override
    public Relation relate(Statement a, Statement b) {
        // 1. Opposing stance words: the judge does not read "instead of" or "opposes" as a negation.
        if (stance.relate(a, b) == Relation.CONTRADICTS) {
            return Relation.CONTRADICTS;
        }
        // 2. and 3. The judge, each statement taken as the claim and the other as its evidence.
        SupportJudge.Support ab = judged(a, b);
        SupportJudge.Support ba = judged(b, a);
        if (ab.contradicted() || ba.contradicted()) {
            return Relation.CONTRADICTS;
        }
        return Math.max(ab.score(), ba.score()) >= minSupport ? Relation.BACKS : Relation.NEITHER;
    }

    /** How far {@code evidence}'s statement backs {@code claim}'s; a claim with nothing of its own is backed by nothing. */
    private SupportJudge.Support judged(Statement claim, Statement other) {
        List<ClaimWord> words = claims.computeIfAbsent(claim.text(), this::claim);
        if (words.stream().noneMatch(w -> w.kind() == WordKind.CONTENT || w.kind() == WordKind.NAME)) {
            return new SupportJudge.Support(0, List.of(), words, false);
        }
        SupportJudge.Evidence e = evidence.computeIfAbsent(other.text(), this::evidence);
        return judge.judge(words, List.of(e), SupportJudge.Evidence.NONE);
    }

    /**
     * The statement's words that say what it claims: negations and numbers, and words with a term of their own. A word
     * that only stance words argue against ("instead of <i>a toll</i>", "opposes <i>the toll</i>", "<i>a toll</i> is
     * unfair") is left out: the judge would take it as asserted, and the stance rule has already weighed it.
     */
    List<ClaimWord> claim(String text) {
        Set<String> against = against(text);
        List<ClaimWord> words = new ArrayList<>();
        // Claim words since the last negation; beyond its reach from the start.
        int sinceNegation = NEGATION_SCOPE;
        for (ClaimWord w : analysis.words(text)) {
            if (w.kind() == WordKind.NEGATION) {
                sinceNegation = 0;
                words.add(w);
                continue;
            }
            if (w.kind() != WordKind.NUMBER && w.terms().stream().allMatch(neutral::contains)) {
                continue;
            }
            sinceNegation = Math.min(sinceNegation + 1, NEGATION_SCOPE + 1);
            if (sinceNegation > NEGATION_SCOPE && w.terms().stream().anyMatch(against::contains)) {
                // Argued against by a stance word only ("instead of a toll", "opposes the toll"), which the judge
                // does not read as a negation: the stance rule's to weigh, not a word the statement asserts.
                continue;
            }
            words.add(w);
        }
        return words;
    }

    /** The statement as evidence, the words the stance rule reads as argued against denied as a negation's are. */
    private SupportJudge.Evidence evidence(String text) {
        SupportJudge.Evidence e = analysis.evidence(text);
        Set<String> against = against(text);
        if (against.isEmpty()) {
            return e;
        }
        Set<String> denied = new HashSet<>(e.negatedTerms());
        denied.addAll(against);
        return new SupportJudge.Evidence(e.text(), e.terms(), e.numbers(), true, denied);
    }

    private Set<String> against(String text) {
        Set<String> against = new HashSet<>();
        stance.signs(text).forEach((term, negated) -> {
            if (negated) {
                against.add(term);
            }
        });
        return against;
    }
}
