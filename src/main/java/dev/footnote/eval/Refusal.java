package dev.footnote.eval;

/**
 * Whether answers stay silent where the corpus holds nothing: questions whose articles are not
 * indexed (or from a file) must be refused, questions about indexed articles answered.
 *
 * @param negatives        out-of-corpus questions asked
 * @param refusedShare     share of them refused (not grounded, no citations)
 * @param positives        in-corpus questions asked
 * @param answeredShare    share of them answered (grounded)
 * @param negativesSource  where the out-of-corpus questions came from
 */
public record Refusal(int negatives, double refusedShare, int positives, double answeredShare, String negativesSource) {
}
