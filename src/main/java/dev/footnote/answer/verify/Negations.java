package dev.footnote.answer.verify;

import java.util.List;
import java.util.Set;

/** What a claim and its evidence deny, and whether they differ on it: a negation on one side only is a contradiction. */
final class Negations {

    private Negations() {
    }

    /** The terms a claim's negations govern: the next few words after each ("not <i>call</i> for <i>restraint</i>"). */
    static Set<String> denied(List<ClaimWord> claim) {
        Set<String> denied = new java.util.HashSet<>();
        for (int i = 0; i < claim.size(); i++) {
            if (claim.get(i).kind() == WordKind.NEGATION) {
                for (int j = i + 1; j < Math.min(claim.size(), i + 1 + SupportJudge.NEGATION_SCOPE); j++) {
                    denied.addAll(claim.get(j).terms());
                }
            }
        }
        return denied;
    }

    /**
     * Whether claim and evidence differ on what they deny: the claim denies a term the evidence states without denying
     * it ("did not call for restraint" against "calling for restraint"), or the evidence denies a term of the claim
     * that the claim states ("will not recognise" against "will recognise").
     */
    static boolean differ(List<ClaimWord> claim, List<SupportJudge.Evidence> evidence) {
        Set<String> claimDenied = denied(claim);
        Set<String> claimTerms = new java.util.HashSet<>();
        claim.forEach(w -> claimTerms.addAll(w.terms()));
        Set<String> evidenceDenied = new java.util.HashSet<>();
        Set<String> evidenceTerms = new java.util.HashSet<>();
        evidence.forEach(e -> {
            evidenceDenied.addAll(e.negatedTerms());
            evidenceTerms.addAll(e.terms());
        });
        boolean claimDeniesStated = claimDenied.stream().anyMatch(t -> evidenceTerms.contains(t) && !evidenceDenied.contains(t));
        boolean evidenceDeniesStated = evidenceDenied.stream().anyMatch(t -> claimTerms.contains(t) && !claimDenied.contains(t));
        return claimDeniesStated || evidenceDeniesStated;
    }
}
