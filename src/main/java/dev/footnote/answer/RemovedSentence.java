package dev.footnote.answer;

import java.util.Objects;

/**
 * A sentence the writer of an answer wrote but the answer does not show, because nothing backs it.
 *
 * @param text   the sentence as written, without its citation markers
 * @param reason why it was removed, e.g. "it cites no passage" or "passage [2] does not support it (…)"
 */
public record RemovedSentence(String text, String reason) {

    public RemovedSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
