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
     * A piece of the answer was written but is held back until it is judged (see the LLM answerer);
     * it may reach {@link #delta} later, or never. A listener that may stop the answer checks here
     * too, so that a stop does not wait for the next sentence to be judged.
     */
    default void heldBack(String text) {
    }

    /**
     * The text sent so far is void and a new answer follows (e.g. the model failed mid-answer and
     * the extractive answer replaces it).
     */
    default void restart(String reason) {
    }
}
