package dev.footnote.answer;

import java.util.Objects;

/**
 * A citation in an answer: marker {@code [marker]} points at {@code quote}, which is exactly
 * {@code passage.text().substring(start, end)} of the passage {@code passageId}.
 */
public record Citation(int marker, String passageId, String documentId, String source,
                       String quote, int start, int end) {

    public Citation {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(quote, "quote");
        if (marker < 1) {
            throw new IllegalArgumentException("marker must be >= 1, was " + marker);
        }
        if (start < 0 || end < start || end - start != quote.length()) {
            throw new IllegalArgumentException("quote offsets [" + start + ", " + end + ") do not fit a quote of length " + quote.length());
        }
    }
}
