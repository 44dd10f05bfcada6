package dev.footnote.answer;

import java.util.Objects;

/**
 * The span of a quoted sentence that answers the question on its own ("Denver Broncos"), found only
 * where the best sentence holds a span of the expected type. Never invented:
 * {@code text == passage.text().substring(start, end)} of the passage that citation {@code marker} cites.
 *
 * @param text   the span as written in the passage
 * @param marker the citation whose quote holds it
 * @param start  offset of its first character in the cited passage
 * @param end    offset after its last character in the cited passage
 */
public record ShortAnswer(String text, int marker, int start, int end) {

    public ShortAnswer {
        Objects.requireNonNull(text, "text");
        if (marker < 1) {
            throw new IllegalArgumentException("marker must be >= 1, was " + marker);
        }
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("short answer offsets [" + start + ", " + end
                    + ") do not fit a text of length " + text.length());
        }
    }
}
