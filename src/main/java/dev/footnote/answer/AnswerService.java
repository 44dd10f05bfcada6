package dev.footnote.answer;

import java.util.List;

import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/** Answers a standalone question from the corpus: retrieve, then answer, with the "nothing found" path explicit. */
public final class AnswerService {

    private final Retriever retriever;
    private final Answerer answerer;
    private final int passagesPerAnswer;

    public AnswerService(Retriever retriever, Answerer answerer, int passagesPerAnswer) {
        if (passagesPerAnswer < 1) {
            throw new IllegalArgumentException("passagesPerAnswer must be >= 1");
        }
        this.retriever = retriever;
        this.answerer = answerer;
        this.passagesPerAnswer = passagesPerAnswer;
    }

    public CitedAnswer answer(String question) {
        return answer(question, null);
    }

    /** As {@link #answer(String)}, telling {@code listener} the text while it is written. */
    public CitedAnswer answer(String question, AnswerListener listener) {
        // 1. Retrieve the passages that best match the question.
        List<RetrievedPassage> evidence = retriever.retrieve(question, passagesPerAnswer);
        // 2. Nothing matched at all: say so rather than let an answerer improvise.
        if (evidence.isEmpty()) {
            CitedAnswer nothing = CitedAnswer.notInCorpus(ExtractiveAnswerer.NOT_IN_CORPUS, CitedAnswer.EXTRACTIVE, List.of());
            if (listener != null) {
                listener.delta(nothing.text());
            }
            return nothing;
        }
        // 3. Answer from exactly these passages; the answerer decides whether they are strong enough.
        return listener == null ? answerer.answer(question, evidence) : answerer.answer(question, evidence, listener);
    }
}
