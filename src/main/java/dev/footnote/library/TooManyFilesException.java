package dev.footnote.library;

/** An upload request carried more files than {@code footnote.corpus.max-files-per-upload}: refused whole (413). */
public final class TooManyFilesException extends RuntimeException {

    private final int limit;

    public TooManyFilesException(int files, int limit) {
        super("The upload carries " + files + " files; at most " + limit
                + " are accepted per request (footnote.corpus.max-files-per-upload). Send them in several requests.");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
