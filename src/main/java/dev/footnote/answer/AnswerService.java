package dev.footnote.answer;

import java.util.List;

import dev.footnote.retrieval.Query;
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

    /** A question answered as it stands. */
    public CitedAnswer answer(String question) {
        return answer(new Query(question), null);
    }

    /**
     * Retrieves for the query, then answers it, telling {@code listener} (when not null) the text
     * while it is written. Retriever and answerer get the same query, so it is embedded once.
     */
    public CitedAnswer answer(Query query, AnswerListener listener) {
        // 1. Retrieve the passages that best match the question.
        return answerFrom(query, retriever.retrieve(query, passagesPerAnswer), listener);
    }

    /** How many retrieved passages an answer draws on. */
    public int passagesPerAnswer() {
        return passagesPerAnswer;
    }

    /** Steps 2 and 3 of {@link #answer}, for passages already retrieved (the evaluation harness times retrieval apart). */
    public CitedAnswer answerFrom(Query query, List<RetrievedPassage> retrieved) {
        return answerFrom(query, retrieved, null);
    }

    private CitedAnswer answerFrom(Query query, List<RetrievedPassage> retrieved, AnswerListener listener) {
        List<RetrievedPassage> evidence = retrieved.size() > passagesPerAnswer ? retrieved.subList(0, passagesPerAnswer) : retrieved;
        // 2. Nothing matched at all: say so rather than let an answerer improvise.
        if (evidence.isEmpty()) {
            CitedAnswer nothing = CitedAnswer.notInCorpus(ExtractiveAnswerer.NOT_IN_CORPUS, CitedAnswer.EXTRACTIVE, List.of());
            if (listener != null) {
                listener.delta(nothing.text());
            }
            return nothing;
        }
        // 3. Answer from exactly these passages; the answerer decides whether they are strong enough.
        return listener == null ? answerer.answer(query, evidence) : answerer.answer(query, evidence, listener);
    }
}
