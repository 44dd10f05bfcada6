package dev.footnote.answer;

/**
 * Receives an answer's text while it is being written. The final, verified answer (which may
 * differ: markers pointing at no passage are removed) is what the answering method returns.
 */
public interface AnswerListener {

    /** Ignores everything: for callers that only want the final answer. */
    AnswerListener NONE = new AnswerListener() {
        @Override
        public void delta(String text) {
        }
    };

    /** The next piece of the answer text. */
    void delta(String text);

    /**
     * The text sent so far is void and a new answer follows (e.g. the model failed mid-answer and
     * the extractive answer replaces it).
     */
    default void restart(String reason) {
    }
}
