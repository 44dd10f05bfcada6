package dev.footnote.check;

import java.util.Objects;

/**
 * A passage sentence that backs a checked sentence: {@code quote} is exactly {@code passage.text().substring(start, end)}.
 *
 * @param marker    its footnote number, the same for the same quote throughout one report
 * @param page      the page the passage starts on; {@code null} when its document has no pages
 */
public record CheckCitation(int marker, String passageId, String documentId, String source, Integer page,
                            String quote, int start, int end) {

    public CheckCitation {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(quote, "quote");
        if (marker < 1 || start < 0 || end - start != quote.length()) {
            throw new IllegalArgumentException("marker must be >= 1 and [" + start + ", " + end + ") fit the quote");
        }
    }
}
