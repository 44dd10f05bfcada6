package dev.footnote.chat;

import dev.footnote.answer.CitedAnswer;

/** The reply to a chat message: the conversation it belongs to, the query that was searched, the answer. */
public record ChatReply(String conversationId, String retrievalQuery, CitedAnswer answer) {
}
