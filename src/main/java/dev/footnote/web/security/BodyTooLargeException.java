package dev.footnote.web.security;

import java.io.IOException;

/** A request body went past the configured limit while it was read: answered with 413. */
public final class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes.");
    }

    /** The exception, if {@code e} or one of its causes is one. */
    public static BodyTooLargeException in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
