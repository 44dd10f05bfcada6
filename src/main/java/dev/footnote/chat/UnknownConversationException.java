package dev.footnote.chat;

/** A message named a conversation that does not exist, or that expired after being idle too long. */
public final class UnknownConversationException extends RuntimeException {

    private final String conversationId;

    public UnknownConversationException(String conversationId) {
        super("No conversation with id '" + conversationId + "'; it may have expired. Omit conversationId to start a new one.");
        this.conversationId = conversationId;
    }

    public String conversationId() {
        return conversationId;
    }
}
