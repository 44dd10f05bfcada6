package dev.footnote.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievedPassage;

/** Answers a question from the passages it is given, citing only those passages. */
public interface Answerer {

    /** Answers {@link Query#retrievalText}; an answerer that compares vectors uses {@link Query#vector}, computed once per query. */
    CitedAnswer answer(Query query, List<RetrievedPassage> evidence);

    /** A question answered as it stands. */
    default CitedAnswer answer(String question, List<RetrievedPassage> evidence) {
        return answer(new Query(question), evidence);
    }

    /**
     * Answers while telling {@code listener} the text as it is written. By default the finished
     * answer is handed over in a few pieces; an answerer that generates text streams it for real.
     */
    default CitedAnswer answer(Query query, List<RetrievedPassage> evidence, AnswerListener listener) {
        CitedAnswer answer = answer(query, evidence);
        streamInPieces(answer.text(), listener);
        return answer;
    }

    /** Sends a finished text as a few deltas, split after each citation marker and comma (so a marker stays with its sentence). */
    static void streamInPieces(String text, AnswerListener listener) {
        Matcher boundary = Pattern.compile("(?<=\\]|,)\\s+").matcher(text);
        int from = 0;
        while (boundary.find()) {
            listener.delta(text.substring(from, boundary.end()));
            from = boundary.end();
        }
        if (from < text.length()) {
            listener.delta(text.substring(from));
        }
    }
}
