package dev.footnote.chat;

import java.util.Optional;
import java.util.function.Supplier;

import dev.footnote.answer.AnswerListener;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.corpus.IndexingProgress;

/**
 * While the index is being built (the first indexing, or a sync of many files), an answer was searched
 * over part of the corpus only, and says so: every answer gets the warning "Indexing: 12 of 38 documents
 * done; documents not yet indexed are not searched.", and a refusal adds that the answer was "not found
 * in the 12 of 38 documents indexed so far": the corpus may still hold it.
 */
public final class IndexingNotice {

    /** For a chat without an indexer to ask (tests, evaluation): never a notice. */
    public static final IndexingNotice NONE = new IndexingNotice(() -> null);

    private final Supplier<IndexingProgress> progress;

    /** @param progress the indexer's progress now, as {@code GET /api/index} reports it; {@code null} when unknown */
    public IndexingNotice(Supplier<IndexingProgress> progress) {
        this.progress = progress;
    }

    /** How much of the corpus was indexed when a question was searched. */
    record Partial(int done, int total) {

        String warning() {
            return "Indexing: " + done + " of " + total + " documents done; documents not yet indexed are not searched.";
        }

        /** Follows the refusal sentence, so that a stream can send it as the answer's last piece. */
        String refusalClause() {
            return " Indexing is not finished: not found in the " + done + " of " + total + " documents indexed so far.";
        }
    }

    /** The part indexed now, when indexing runs and documents are still waiting. */
    Optional<Partial> now() {
        IndexingProgress p = progress.get();
        if (p == null || !"indexing".equals(p.state()) || p.documentsDone() >= p.documentsTotal()) {
            return Optional.empty();
        }
        return Optional.of(new Partial(p.documentsDone(), p.documentsTotal()));
    }

    /** The answer with the warning, and a refusal with its clause (also sent to {@code listener}, if any). */
    static CitedAnswer applied(CitedAnswer answer, Partial partial, AnswerListener listener) {
        CitedAnswer noted = answer;
        if (!answer.grounded()) {
            String clause = partial.refusalClause();
            if (listener != null) {
                listener.delta(clause);
            }
            noted = new CitedAnswer(answer.text() + clause, false, answer.mode(), answer.citations(), answer.warnings(),
                    answer.model(), answer.shortAnswer());
        }
        return noted.withWarning(partial.warning());
    }
}
