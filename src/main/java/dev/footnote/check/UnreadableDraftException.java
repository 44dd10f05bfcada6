package dev.footnote.check;

/** A draft file that cannot be read: empty, corrupt, password-protected, or without text (answered with 422). */
public final class UnreadableDraftException extends RuntimeException {

    public UnreadableDraftException(String message) {
        super(message);
    }
}
