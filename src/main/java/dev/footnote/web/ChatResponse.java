package dev.footnote.web;

import java.util.List;

import dev.footnote.answer.RemovedSentence;
import dev.footnote.answer.ShortAnswer;
import dev.footnote.chat.ChatReply;
import dev.footnote.positions.Point;
import dev.footnote.positions.PositionsReport;

/**
 * {@code POST /api/chat} response: the answer, whether it is grounded, and its citations (each with its document's title);
 * {@code model} names the language model that wrote it ({@code null} in extractive mode);
 * {@code shortAnswer} is the span of a cited passage that answers on its own ({@code null} when none was found);
 * {@code removed} lists the sentences a language model wrote that nothing backs, with the reason, left out of {@code answer};
 * {@code points} are a positions answer's points ("Summarize the positions of …"), as {@code POST /api/positions} gives
 * them, and empty for any other answer.
 */
record ChatResponse(String conversationId, String answer, boolean grounded, String mode,
                    List<CitationResponse> citations, List<String> warnings, String retrievalQuery, String model,
                    ShortAnswer shortAnswer, List<RemovedSentence> removed, List<Point> points) {

    static ChatResponse of(ChatReply reply) {
        var a = reply.answer();
        return new ChatResponse(reply.conversationId(), a.text(), a.grounded(), a.mode(),
                CitationResponse.fresh(a.citations(), reply.documentTitles()), a.warnings(), reply.retrievalQuery(), a.model(), a.shortAnswer(), a.removed(), points(reply));
    }

    /** A positions answer's points, as {@code POST /api/positions} gives them; empty for any other answer. */
    private static List<Point> points(ChatReply reply) {
        return reply.beside() instanceof PositionsReport report && reply.answer().grounded() ? report.points() : List.of();
    }
}
