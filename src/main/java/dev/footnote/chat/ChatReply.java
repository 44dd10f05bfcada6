package dev.footnote.chat;

import dev.footnote.answer.CitedAnswer;

/**
 * The reply to a chat message: the conversation it belongs to, the query that was searched, the answer, and what
 * the route that answered shows beside it ({@link ChatRoute.Routed#beside()}; {@code null} from the general answerer).
 */
public record ChatReply(String conversationId, String retrievalQuery, CitedAnswer answer, Object beside) {

    /** A reply with nothing beside the answer. */
    public ChatReply(String conversationId, String retrievalQuery, CitedAnswer answer) {
        this(conversationId, retrievalQuery, answer, null);
    }
}
