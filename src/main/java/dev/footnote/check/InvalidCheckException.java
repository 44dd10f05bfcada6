package dev.footnote.check;

/** A check request that cannot be served as sent (blank text, a document that cannot be evidence): answered with 400. */
public class InvalidCheckException extends RuntimeException {

    public InvalidCheckException(String message) {
        super(message);
    }
}
