package dev.footnote.corpus;

/**
 * A file that cannot be turned into passages; the message says why, in words fit for a user.
 * {@link #skipped()} tells a file passed over on purpose (empty, no text, too large, password-protected)
 * from one that failed (corrupt, unreadable).
 */
public final class UnreadableDocumentException extends RuntimeException {

    private final boolean skipped;

    public UnreadableDocumentException(String reason) {
        this(reason, false, null);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        this(reason, false, cause);
    }

    private UnreadableDocumentException(String reason, boolean skipped, Throwable cause) {
        super(reason, cause);
        this.skipped = skipped;
    }

    /** A file passed over on purpose rather than one that failed. */
    public static UnreadableDocumentException skip(String reason) {
        return new UnreadableDocumentException(reason, true, null);
    }

    public static UnreadableDocumentException skip(String reason, Throwable cause) {
        return new UnreadableDocumentException(reason, true, cause);
    }

    public boolean skipped() {
        return skipped;
    }
}
