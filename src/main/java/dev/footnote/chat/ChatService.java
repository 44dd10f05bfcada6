package dev.footnote.chat;

import java.util.List;

import dev.footnote.answer.AnswerService;
import dev.footnote.answer.CitedAnswer;

/** A chat turn: check the message, find or start the conversation, answer, remember the turn. */
public final class ChatService {

    private final AnswerService answers;
    private final ConversationStore conversations;
    private final int maxMessageChars;
    private final List<ChatRoute> routes;

    public ChatService(AnswerService answers, ConversationStore conversations, int maxMessageChars) {
        this(answers, conversations, maxMessageChars, List.of());
    }

    /** @param routes tried in order before the general answerer; the first that answers wins */
    public ChatService(AnswerService answers, ConversationStore conversations, int maxMessageChars, List<ChatRoute> routes) {
        this.answers = answers;
        this.conversations = conversations;
        this.maxMessageChars = maxMessageChars;
        this.routes = List.copyOf(routes);
    }

    public ChatReply chat(String message, String conversationId) {
        validate(message);
        String id = conversationId == null || conversationId.isBlank() ? conversations.start() : conversationId;
        List<Turn> history = conversations.history(id).orElseThrow(() -> new UnknownConversationException(id));
        String retrievalQuery = message.strip();
        CitedAnswer answer = routed(retrievalQuery).orElseGet(() -> answers.answer(retrievalQuery));
        conversations.append(id, new Turn(message, retrievalQuery, answer));
        return new ChatReply(id, retrievalQuery, answer);
    }

    private java.util.Optional<CitedAnswer> routed(String message) {
        return routes.stream().map(r -> r.answer(message)).flatMap(java.util.Optional::stream).findFirst();
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
