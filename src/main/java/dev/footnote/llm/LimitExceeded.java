package dev.footnote.llm;

import java.io.IOException;

/**
 * The model's response broke one of the gateway's limits: it took too long, fell silent
 * mid-stream, or was longer than allowed. An {@link IOException}, so that it travels through
 * LangChain4j's HTTP and streaming layers as a failed read; {@link #reason()} says what happened
 * in words a user can read ("did not answer within 60000 ms").
 */
final class LimitExceeded extends IOException {

    private final String reason;

    LimitExceeded(String reason) {
        super("The language model " + reason);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    static LimitExceeded total(long millis) {
        return new LimitExceeded("did not answer within " + millis + " ms");
    }

    static LimitExceeded idle(long millis) {
        return new LimitExceeded("fell silent for " + millis + " ms mid-answer");
    }

    static LimitExceeded tooLong(int maxChars) {
        return new LimitExceeded("wrote more than the " + maxChars + " characters allowed (footnote.llm.max-answer-chars)");
    }

    /** The limit behind a failure, if a limit caused it. */
    static LimitExceeded in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LimitExceeded limit) {
                return limit;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed instanceof LimitExceeded limit) {
                    return limit;
                }
            }
        }
        return null;
    }
}
