package dev.footnote.index;

/**
 * A sync stopped because something the index depends on is unavailable: the documents not yet
 * written stay queued and the sync is tried again later ({@link IndexWorker}); nothing is marked failed.
 */
public final class IndexingPausedException extends RuntimeException {

    public IndexingPausedException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** Completes "Indexing is paused: …". */
    public String reason() {
        return getMessage();
    }
}
