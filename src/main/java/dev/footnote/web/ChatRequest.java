package dev.footnote.web;

import java.util.regex.Pattern;

/**
 * {@code POST /api/chat} body. {@code conversationId} is optional: without it a new conversation
 * starts. An id is checked for its form before anything looks it up or echoes it back, so a
 * megabyte of "id" is refused in one line instead of being returned in a 404.
 */
record ChatRequest(String message, String conversationId) {

    static final int MAX_CONVERSATION_ID = 128;
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_CONVERSATION_ID + "}");

    ChatRequest {
        if (conversationId != null && !conversationId.isEmpty() && !CONVERSATION_ID.matcher(conversationId).matches()) {
            throw new IllegalArgumentException("'conversationId' must be the id of an earlier answer: 1 to "
                    + MAX_CONVERSATION_ID + " letters, digits or . _ : - (omit it to start a new conversation).");
        }
    }
}
