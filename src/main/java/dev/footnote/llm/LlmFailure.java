package dev.footnote.llm;

/**
 * The language model gave no usable answer, after any retries. {@code reason} completes the
 * sentence "The language model …" for the user's warning.
 */
public final class LlmFailure extends Exception {

    private final String reason;

    public LlmFailure(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
