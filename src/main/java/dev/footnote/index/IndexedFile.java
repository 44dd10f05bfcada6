package dev.footnote.index;

/**
 * What the index holds of one corpus file: enough to tell whether the file changed, and to list it.
 *
 * @param title the document's title
 * @param type  its format ({@code pdf}, {@code docx}, …)
 * @param pages its page count; 0 when the format has none
 * @param stamp its size and modification time when it was indexed, so a restart hashes only what changed
 */
public record IndexedFile(String documentId, String path, String contentHash, int passages, String title, String type, int pages,
                          FileStamp stamp) {

    public IndexedFile {
        stamp = stamp == null ? FileStamp.UNKNOWN : stamp;
    }

    /** A file without a stamp: hashed on the next restart to know whether it changed. */
    public IndexedFile(String documentId, String path, String contentHash, int passages, String title, String type, int pages) {
        this(documentId, path, contentHash, passages, title, type, pages, FileStamp.UNKNOWN);
    }

    /** A file known by its ids and hash only. */
    public IndexedFile(String documentId, String path, String contentHash, int passages) {
        this(documentId, path, contentHash, passages, null, null, 0);
    }

    /** The same record with another stamp: a file touched without its content changing. */
    public IndexedFile withStamp(FileStamp newStamp) {
        return new IndexedFile(documentId, path, contentHash, passages, title, type, pages, newStamp);
    }
}
