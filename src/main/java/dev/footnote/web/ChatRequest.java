package dev.footnote.web;

/** {@code POST /api/chat} body. {@code conversationId} is optional: without it a new conversation starts. */
record ChatRequest(String message, String conversationId) {
}
