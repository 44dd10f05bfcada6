package dev.footnote.llm;

/**
 * The model's answer stopped before its end: at the token limit, or its stream ended without the
 * model's finish signal (the connection was cut). Whatever it had written is a fragment, and is
 * not passed on as an answer.
 */
final class Unfinished extends RuntimeException {

    private Unfinished(String reason) {
        super(reason);
    }

    /** What happened, in words for the user: "stopped at its token limit …". */
    String reason() {
        return getMessage();
    }

    static Unfinished atTokenLimit(CallLimits limits) {
        return new Unfinished("stopped at its token limit (footnote.llm.max-tokens = " + limits.maxTokens()
                + ") before finishing its answer");
    }

    static Unfinished withoutFinishSignal() {
        return new Unfinished("stopped before finishing its answer (the stream ended without the model's finish signal)");
    }
}
