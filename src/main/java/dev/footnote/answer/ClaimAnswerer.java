package dev.footnote.answer;

import java.util.List;

import dev.footnote.answer.verify.SupportJudge;

/**
 * Answers a claim ("Is it true that X?", a statement typed as it stands) from the judged evidence for it: the one or
 * two sentences that back it best, quoted and grounded when the support judge finds them backing it; otherwise the
 * nearest evidence, shown but not grounded, saying whether it lacks or contradicts the claim.
 */
final class ClaimAnswerer {

    /** How many of the best sentences a claim is judged against. */
    private static final int CANDIDATES = 12;

    private final FocusSupport support;
    private final double minSupport;

    /** @param minSupport the least judge score at which the evidence is quoted as backing the claim */
    ClaimAnswerer(FocusSupport support, double minSupport) {
        this.support = support;
        this.minSupport = minSupport;
    }

    ExtractiveAnswerer.Decision answer(ClaimQuestion claim, List<ScoredSentence> ranked) {
        if (ranked.isEmpty()) {
            return new ExtractiveAnswerer.Decision(CitedAnswer.notInCorpus(ExtractiveAnswerer.NOT_IN_CORPUS,
                    CitedAnswer.EXTRACTIVE, List.of()), null, 0, null);
        }
        List<ScoredSentence> candidates = ranked.subList(0, Math.min(CANDIDATES, ranked.size()));
        SupportJudge.Support judged = support.claim(claim.claim(), candidates);
        List<ScoredSentence> evidence = judged.evidence().stream().map(candidates::get).toList();
        if (judged.score() >= minSupport && !judged.contradicted()) {
            return new ExtractiveAnswerer.Decision(QuotedAnswers.quoted(evidence, null), null, judged.score(), judged);
        }
        ScoredSentence nearest = evidence.isEmpty() ? candidates.get(0) : evidence.get(0);
        String lead = judged.contradicted() ? "The corpus does not back this; it says otherwise: "
                : "The corpus does not back this. Nearest: ";
        return new ExtractiveAnswerer.Decision(QuotedAnswers.shownNotGrounded(lead, nearest), null, judged.score(), judged);
    }
}
