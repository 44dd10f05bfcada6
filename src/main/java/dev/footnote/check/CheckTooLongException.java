package dev.footnote.check;

/** A text longer than {@code footnote.check.max-chars}: answered with 413. */
public class CheckTooLongException extends RuntimeException {

    public CheckTooLongException(String message) {
        super(message);
    }
}
