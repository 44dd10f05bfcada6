package dev.footnote.chat;

import dev.footnote.text.EntityType;

/**
 * Something a follow-up may point back at: a name from the previous answer or question.
 *
 * @param text       the name as written
 * @param type       its entity type
 * @param fromAnswer whether it comes from the previous answer (else from the previous question)
 * @param definite   whether it is the previous answer's short answer: the thing that answer named
 */
record Referent(String text, EntityType type, boolean fromAnswer, boolean definite) {
}
