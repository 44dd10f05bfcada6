package dev.footnote.library;

/** An upload over {@code footnote.corpus.max-file-size} (answered with 413). */
public final class DocumentTooLargeException extends RuntimeException {

    DocumentTooLargeException(String fileName, long size, long limit) {
        super("'" + fileName + "' has " + size + " bytes; the limit is " + limit + " bytes (footnote.corpus.max-file-size).");
    }
}
