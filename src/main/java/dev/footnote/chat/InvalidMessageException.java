package dev.footnote.chat;

/** A chat message that cannot be answered as sent: empty, blank, or over the length limit. */
public final class InvalidMessageException extends RuntimeException {

    public InvalidMessageException(String message) {
        super(message);
    }
}
