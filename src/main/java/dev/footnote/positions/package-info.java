/**
 * Positions: who the actors of the corpus are (states, organisations, people who say, urge, warn…),
 * which sentences speak for each of them, and what each says on a topic, every claim cited: the points the
 * statements address and, per point, which actors agree and which differ ({@link dev.footnote.positions.StatementRelation},
 * decided by the answers' support judge and stance words).
 * Depends on {@code corpus}, {@code retrieval}, {@code answer} (citations; {@code answer.verify}, the support judge) and
 * {@code chat} (only to offer itself as a {@link dev.footnote.chat.ChatRoute}); never on {@code index} or {@code web}.
 */
package dev.footnote.positions;
