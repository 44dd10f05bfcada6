package dev.footnote.chat;

import java.util.Map;

import dev.footnote.answer.CitedAnswer;

/**
 * The reply to a chat message: the conversation it belongs to, the query that was searched, the answer, the titles of
 * the documents it cites (document id → title), and what the route that answered shows beside it
 * ({@link ChatRoute.Routed#beside()}; {@code null} from the general answerer).
 */
public record ChatReply(String conversationId, String retrievalQuery, CitedAnswer answer, Map<String, String> documentTitles,
                        Object beside) {

    public ChatReply {
        documentTitles = documentTitles == null ? Map.of() : Map.copyOf(documentTitles);
    }

    /** A reply with no titles and nothing beside the answer. */
    public ChatReply(String conversationId, String retrievalQuery, CitedAnswer answer) {
        this(conversationId, retrievalQuery, answer, Map.of(), null);
    }
}
