package dev.footnote.library;

import dev.footnote.corpus.DocumentStatus;

/**
 * One file of an upload and what became of it.
 *
 * @param fileName  the name it was sent with
 * @param status    the document's status (queued when stored, or the status of the document it duplicates)
 * @param duplicate whether the same content was already in the corpus, so nothing new was stored
 */
public record UploadedDocument(String fileName, DocumentStatus status, boolean duplicate) {
}
