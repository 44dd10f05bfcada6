package dev.footnote.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;

import dev.footnote.answer.AnswerListener;
import dev.footnote.answer.AnswerService;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.QueryText;

/**
 * A chat turn: check the message, find or start the conversation, rewrite a follow-up into a
 * standalone question, answer it, remember the turn. {@link #open} does the checks that can
 * refuse a message, so that a streaming caller can refuse it before the stream starts.
 */
public final class ChatService {

    private final AnswerService answers;
    private final ConversationStore conversations;
    private final QuestionCondenser condenser;
    private final int maxMessageChars;
    private final List<ChatRoute> routes;
    private final IndexingNotice indexing;
    private final DocumentTitles titles;

    public ChatService(AnswerService answers, ConversationStore conversations, QuestionCondenser condenser, int maxMessageChars) {
        this(answers, conversations, condenser, maxMessageChars, List.of());
    }

    /** @param routes tried in order before the general answerer (e.g. positions); the first that answers wins */
    public ChatService(AnswerService answers, ConversationStore conversations, QuestionCondenser condenser,
                       int maxMessageChars, List<ChatRoute> routes) {
        this(answers, conversations, condenser, maxMessageChars, routes, IndexingNotice.NONE);
    }

    /** @param indexing tells an answer searched while the index is still being built that it saw part of the corpus */
    public ChatService(AnswerService answers, ConversationStore conversations, QuestionCondenser condenser,
                       int maxMessageChars, List<ChatRoute> routes, IndexingNotice indexing) {
        this(answers, conversations, condenser, maxMessageChars, routes, indexing, DocumentTitles.NONE);
    }

    /** @param titles the titles of cited documents, kept with each turn so that it shows what it cited after a deletion */
    public ChatService(AnswerService answers, ConversationStore conversations, QuestionCondenser condenser,
                       int maxMessageChars, List<ChatRoute> routes, IndexingNotice indexing, DocumentTitles titles) {
        this.answers = answers;
        this.conversations = conversations;
        this.condenser = condenser;
        this.maxMessageChars = maxMessageChars;
        this.routes = List.copyOf(routes);
        this.indexing = indexing;
        this.titles = titles;
    }

    /** A checked message and the conversation it belongs to, with what was said before. */
    public record PendingTurn(String conversationId, String message, List<Turn> history) {
    }

    public ChatReply chat(String message, String conversationId) {
        return chat(message, conversationId, ConversationStore.ANONYMOUS);
    }

    /** As {@link #chat(String, String)}, for the owner of the conversation (an API key's id; null without keys). */
    public ChatReply chat(String message, String conversationId, String owner) {
        return complete(open(message, conversationId, owner), null);
    }

    /** Checks the message and finds (or starts) the conversation; throws if the message must be refused. */
    public PendingTurn open(String message, String conversationId) {
        return open(message, conversationId, ConversationStore.ANONYMOUS);
    }

    /** As {@link #open(String, String)}; a conversation of another owner is unknown to this one. */
    public PendingTurn open(String message, String conversationId, String owner) {
        validate(message);
        String id = conversationId == null || conversationId.isBlank() ? conversations.start(owner) : conversationId;
        List<Turn> history = conversations.history(id, owner).orElseThrow(() -> new UnknownConversationException(id));
        return new PendingTurn(id, message, history);
    }

    /** Answers an opened turn, telling {@code listener} (if any) the answer text while it is written. */
    public ChatReply complete(PendingTurn turn, AnswerListener listener) {
        ChatReply reply = answer(turn.conversationId(), turn.message(), turn.history(),
                conversations.messages(turn.conversationId()), listener);
        // Remember the turn (a conversation that expired meanwhile is simply not extended).
        conversations.append(turn.conversationId(),
                new Turn(turn.message(), reply.retrievalQuery(), reply.answer(), reply.documentTitles()));
        return reply;
    }

    /**
     * A turn of a conversation that the caller keeps and sends whole (the OpenAI API): the earlier
     * messages are rewritten with like any follow-up, and nothing is remembered.
     *
     * @param earlier the user and assistant messages before {@code message}, oldest first
     */
    public ChatReply answer(String message, List<ChatMessage> earlier) {
        validate(message);
        return answer(null, message, turns(earlier), earlier, null);
    }

    private ChatReply answer(String conversationId, String message, List<Turn> history, List<ChatMessage> messages,
                             AnswerListener listener) {
        // 1. A follow-up becomes a standalone question, which is what retrieval and the answerer see.
        QuestionCondenser.Condensed condensed = condenser.condense(message, history, messages);
        String retrievalQuery = condensed.query();
        // 2. Note how much of the corpus is indexed at the time of the search.
        Optional<IndexingNotice.Partial> partial = indexing.now();
        // 3. Answer it (a specialised route first, e.g. positions); problems met while rewriting are reported with the answer.
        Query query = new Query(message, retrievalQuery);
        Optional<ChatRoute.Routed> routed = routed(retrievalQuery, listener);
        CitedAnswer answer = routed.map(ChatRoute.Routed::answer)
                .orElseGet(() -> answers.answer(query, listener))
                .withWarnings(condensed.warnings())
                .withWarnings(query.warnings());
        // 4. An answer searched over part of the corpus says so; a refusal is then no proof the corpus lacks the answer.
        if (partial.isPresent()) {
            answer = IndexingNotice.applied(answer, partial.get(), listener);
        }
        // 5. The titles of the cited documents, as the index knows them now: kept with the turn.
        return new ChatReply(conversationId, retrievalQuery, answer, titles.of(answer.citations()),
                routed.map(ChatRoute.Routed::beside).orElse(null));
    }

    /** Each user message with the assistant's reply to it as a turn; the caller's questions are taken as asked. */
    private static List<Turn> turns(List<ChatMessage> messages) {
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i) instanceof UserMessage user && user.hasSingleText()) {
                String reply = i + 1 < messages.size() && messages.get(i + 1) instanceof AiMessage ai && ai.text() != null
                        ? ai.text() : "";
                turns.add(new Turn(user.singleText(), user.singleText(),
                        new CitedAnswer(reply, false, CitedAnswer.EXTRACTIVE, List.of(), List.of())));
            }
        }
        return turns;
    }

    /** The first route's answer; a streaming caller gets it as one piece, since a route does not stream. */
    private Optional<ChatRoute.Routed> routed(String message, AnswerListener listener) {
        Optional<ChatRoute.Routed> answer = routes.stream().map(r -> r.route(message))
                .flatMap(Optional::stream).findFirst();
        if (listener != null) {
            answer.ifPresent(a -> listener.delta(a.answer().text()));
        }
        return answer;
    }

    private void validate(String message) {
        if (message == null || message.isBlank()) {
            throw new InvalidMessageException("The message must not be empty or blank.");
        }
        if (!QueryText.isSearchable(message)) {
            throw new InvalidMessageException("The message has no letters, digits or symbols to search for.");
        }
        if (message.length() > maxMessageChars) {
            throw new InvalidMessageException("The message has " + message.length()
                    + " characters; the limit is " + maxMessageChars + ".");
        }
    }
}
