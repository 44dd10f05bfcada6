package dev.footnote.corpus;

import java.util.Objects;

/**
 * A quotable unit of a document: a paragraph, or part of a long one.
 *
 * @param id         stable id: same document, position and text give the same id on every run
 * @param documentId the document it belongs to
 * @param ordinal    its position in the document, from 0
 * @param text       the quotable text; citations point into it by character offsets
 * @param source     what the paragraph's {@code (citation: …)} trailer named, else the document's title
 *                   (and page), or {@code null}
 * @param page       the page it starts on, from 1; {@code null} when the document has no pages
 * @param section    the heading above it, or {@code null}
 * @param context    the document's lines that belong to it but are not quotable (memo header lines, signature,
 *                   title page, running headers, a short line above it), one a line; searched, never quoted;
 *                   {@code null} when there are none
 */
public record Passage(String id, String documentId, int ordinal, String text, String source, Integer page, String section,
                      String context) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(text, "text");
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must be >= 0, was " + ordinal);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("passage text must not be blank");
        }
        if (page != null && page < 1) {
            throw new IllegalArgumentException("page must be >= 1 when present, was " + page);
        }
    }

    /** A passage without context lines. */
    public Passage(String id, String documentId, int ordinal, String text, String source, Integer page, String section) {
        this(id, documentId, ordinal, text, source, page, section, null);
    }

    /** A passage without page and section. */
    public Passage(String id, String documentId, int ordinal, String text, String source) {
        this(id, documentId, ordinal, text, source, null, null);
    }
}
