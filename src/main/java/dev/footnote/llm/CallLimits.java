package dev.footnote.llm;

import java.time.Duration;

/**
 * What one model call may cost: the time until its last byte, the longest silence mid-stream, the
 * tokens the model is asked to stop at, and the characters of answer read and verified.
 *
 * @param timeout        the whole call, from sending the request to the last byte of the answer (streamed or not)
 * @param idleTimeout    the longest silence between two pieces of a streamed answer, once it has begun
 * @param maxTokens      sent to the model as its output limit ({@code max_tokens}, Ollama's {@code num_predict})
 * @param maxAnswerChars the most characters of answer read; a longer answer is given up unread and unverified
 */
public record CallLimits(Duration timeout, Duration idleTimeout, int maxTokens, int maxAnswerChars) {

    /** JSON escapes a character in at most 6 bytes ({@code \\uXXXX}); the envelope of one completion stays well within 64 KiB. */
    private static final int BYTES_PER_CHAR = 6;
    private static final int ENVELOPE_BYTES = 64 * 1024;

    public CallLimits {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("footnote.llm.timeout must be positive");
        }
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("footnote.llm.idle-timeout must be positive");
        }
        if (maxTokens < 1 || maxAnswerChars < 1) {
            throw new IllegalArgumentException("footnote.llm.max-tokens and footnote.llm.max-answer-chars must be >= 1");
        }
    }

    /** The most bytes of a whole (not streamed) response read: a body this long holds more than {@code maxAnswerChars}. */
    long maxResponseBytes() {
        return (long) maxAnswerChars * BYTES_PER_CHAR + ENVELOPE_BYTES;
    }
}
