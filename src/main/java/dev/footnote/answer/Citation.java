package dev.footnote.answer;

import java.util.Objects;

/**
 * A citation in an answer: marker {@code [marker]} points at {@code quote}, which is exactly
 * {@code passage.text().substring(start, end)} of the passage {@code passageId}.
 *
 * @param supported whether {@code claim} is supported by the passage: checked for LLM answers,
 *                  {@code true} for extractive quotes (the claim is the quote), {@code null} when not checked
 * @param claim     the sentence of the answer that carries the marker, without markers; {@code null} when unknown
 * @param page      the page the cited passage starts on (PDF); {@code null} when its document has no pages
 */
public record Citation(int marker, String passageId, String documentId, String source,
                       String quote, int start, int end, Boolean supported, String claim, Integer page) {

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

    /** A citation without a page. */
    public Citation(int marker, String passageId, String documentId, String source, String quote, int start, int end,
                    Boolean supported, String claim) {
        this(marker, passageId, documentId, source, quote, start, end, supported, claim, null);
    }

    /** A citation whose support was not checked. */
    public Citation(int marker, String passageId, String documentId, String source, String quote, int start, int end) {
        this(marker, passageId, documentId, source, quote, start, end, null, null, null);
    }
}
