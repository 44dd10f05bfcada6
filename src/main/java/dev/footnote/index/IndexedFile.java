package dev.footnote.index;

/** What the index holds of one corpus file: enough to tell whether the file changed. */
public record IndexedFile(String documentId, String path, String contentHash, int passages) {
}
