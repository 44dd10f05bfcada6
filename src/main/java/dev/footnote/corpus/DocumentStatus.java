package dev.footnote.corpus;

import java.util.Objects;

/**
 * A document of the live corpus and where it stands.
 *
 * @param documentId its stable id (from its path)
 * @param path       its path relative to the corpus folder
 * @param state      where it stands
 * @param reason     why it failed or was skipped; {@code null} otherwise
 * @param passages   its passages in the index (0 until indexed)
 * @param title      its title once parsed, else its file name
 * @param type       its format ({@code pdf}, {@code docx}, …)
 * @param pages      its page count; 0 when the format has none (or before parsing)
 */
public record DocumentStatus(String documentId, String path, DocumentState state, String reason, int passages,
                             String title, String type, int pages) {

    public DocumentStatus {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(state, "state");
        if (title == null || title.isBlank()) {
            title = Document.fileTitle(path);
        }
        if (type == null) {
            type = DocumentFormat.of(path).map(DocumentFormat::label).orElse(null);
        }
    }

    /** A file found but not read yet. */
    public static DocumentStatus queued(String path) {
        return new DocumentStatus(StableIds.documentId(path), path, DocumentState.QUEUED, null, 0, null, null, 0);
    }

    public DocumentStatus with(DocumentState newState, String newReason) {
        return new DocumentStatus(documentId, path, newState, newReason, passages, title, type, pages);
    }

    /** Indexed with the parsed document's passages, title and pages. */
    public static DocumentStatus indexed(Document document) {
        return new DocumentStatus(document.id(), document.path(), DocumentState.INDEXED, null, document.passages().size(),
                document.title(), document.type(), document.pages());
    }
}
