package dev.footnote.index;

/**
 * What the index holds of one corpus file: enough to tell whether the file changed, and to list it.
 *
 * @param title the document's title
 * @param type  its format ({@code pdf}, {@code docx}, …)
 * @param pages its page count; 0 when the format has none
 */
public record IndexedFile(String documentId, String path, String contentHash, int passages, String title, String type, int pages) {

    /** A file known by its ids and hash only. */
    public IndexedFile(String documentId, String path, String contentHash, int passages) {
        this(documentId, path, contentHash, passages, null, null, 0);
    }
}
