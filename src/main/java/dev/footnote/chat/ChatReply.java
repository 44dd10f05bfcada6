package dev.footnote.chat;

import java.util.Map;

import dev.footnote.answer.CitedAnswer;

/**
 * The reply to a chat message: the conversation it belongs to, the query that was searched, the
 * answer, and the titles of the documents it cites (document id → title).
 */
public record ChatReply(String conversationId, String retrievalQuery, CitedAnswer answer, Map<String, String> documentTitles) {

    public ChatReply {
        documentTitles = documentTitles == null ? Map.of() : Map.copyOf(documentTitles);
    }

    public ChatReply(String conversationId, String retrievalQuery, CitedAnswer answer) {
        this(conversationId, retrievalQuery, answer, Map.of());
    }
}
