/**
 * Positions: who the actors of the corpus are (states, organisations, people who say, urge, warn…),
 * which sentences speak for each of them, and what each says on a topic, every claim cited.
 * Depends on {@code corpus}, {@code retrieval}, {@code answer} (citations) and {@code chat} (only
 * to offer itself as a {@link dev.footnote.chat.ChatRoute}); never on {@code index} or {@code web}.
 */
package dev.footnote.positions;
