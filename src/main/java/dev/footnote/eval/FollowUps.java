package dev.footnote.eval;

/**
 * How follow-ups fared, asked through the chat service as a user would.
 *
 * @param chains        conversations replayed (those whose corpus was indexed)
 * @param followUps     follow-up messages among them
 * @param resolvedShare share whose standalone query names what the follow-up refers to
 * @param answeredShare share of follow-ups given a grounded answer
 * @param containment   share of follow-ups with gold answers whose quotes contain one
 */
public record FollowUps(int chains, int followUps, double resolvedShare, double answeredShare, Double containment) {
}
