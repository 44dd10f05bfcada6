package dev.footnote.chat;

import java.util.Map;

import dev.footnote.answer.CitedAnswer;

/**
 * One exchange of a conversation: what was asked, what was searched for, what was answered, and
 * the titles of the documents its citations point at when it was answered, so that a conversation
 * shows what it cited after a document is deleted or renamed.
 *
 * @param documentTitles document id → title, for the documents the answer cites; empty for turns
 *                       stored before titles were kept
 */
public record Turn(String message, String retrievalQuery, CitedAnswer answer, Map<String, String> documentTitles) {

    public Turn {
        documentTitles = documentTitles == null ? Map.of() : Map.copyOf(documentTitles);
    }

    /** A turn whose documents' titles are not known. */
    public Turn(String message, String retrievalQuery, CitedAnswer answer) {
        this(message, retrievalQuery, answer, Map.of());
    }

    /** The title kept for a cited document, if any. */
    public String documentTitle(String documentId) {
        return documentTitles.get(documentId);
    }

    /** The turn with these titles (document id → title). */
    public Turn withDocumentTitles(Map<String, String> titles) {
        return new Turn(message, retrievalQuery, answer, titles);
    }
}
