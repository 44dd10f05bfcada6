package dev.footnote.chat;

import java.util.List;

import dev.footnote.answer.AnswerService;
import dev.footnote.answer.CitedAnswer;

/** A chat turn: check the message, find or start the conversation, answer, remember the turn. */
public final class ChatService {

    private final AnswerService answers;
    private final ConversationStore conversations;
    private final int maxMessageChars;

    public ChatService(AnswerService answers, ConversationStore conversations, int maxMessageChars) {
        this.answers = answers;
        this.conversations = conversations;
        this.maxMessageChars = maxMessageChars;
    }

    public ChatReply chat(String message, String conversationId) {
        validate(message);
        String id = conversationId == null || conversationId.isBlank() ? conversations.start() : conversationId;
        List<Turn> history = conversations.history(id).orElseThrow(() -> new UnknownConversationException(id));
        String retrievalQuery = message.strip();
        CitedAnswer answer = answers.answer(retrievalQuery);
        conversations.append(id, new Turn(message, retrievalQuery, answer));
        return new ChatReply(id, retrievalQuery, answer);
    }

    private void validate(String message) {
        if (message == null || message.isBlank()) {
            throw new InvalidMessageException("The message must not be empty or blank.");
        }
        if (message.length() > maxMessageChars) {
            throw new InvalidMessageException("The message has " + message.length()
                    + " characters; the limit is " + maxMessageChars + ".");
        }
    }
}
