package dev.footnote.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;

/**
 * Conversations in memory, bounded twice so memory cannot grow without limit: at most
 * {@code maxConversations} (the least recently used goes first), each forgotten after
 * {@code idleTimeout} without a message, each keeping only its last {@code maxTurns} turns.
 * Each conversation also keeps its messages in a LangChain4j {@link ChatMemory} (a window of the
 * last {@code 2 × maxTurns} messages): the transcript a language model sees when it rewrites a follow-up.
 */
public final class ConversationStore {

    private final int maxConversations;
    private final int maxTurns;
    private final Duration idleTimeout;
    private final Clock clock;
    private final LinkedHashMap<String, Conversation> conversations = new LinkedHashMap<>(16, 0.75f, true);

    public ConversationStore(int maxConversations, int maxTurns, Duration idleTimeout, Clock clock) {
        if (maxConversations < 1 || maxTurns < 1) {
            throw new IllegalArgumentException("maxConversations and maxTurns must be >= 1");
        }
        this.maxConversations = maxConversations;
        this.maxTurns = maxTurns;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    private static final class Conversation {
        final List<Turn> turns = new ArrayList<>();
        final ChatMemory memory;
        Instant lastUsed;

        Conversation(String id, int maxMessages) {
            memory = MessageWindowChatMemory.builder().id(id).maxMessages(maxMessages).build();
        }
    }

    /** Starts a conversation and returns its id. */
    public synchronized String start() {
        evictExpired();
        String id = UUID.randomUUID().toString();
        Conversation c = new Conversation(id, 2 * maxTurns);
        c.lastUsed = clock.instant();
        conversations.put(id, c);
        while (conversations.size() > maxConversations) {
            Iterator<String> eldest = conversations.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return id;
    }

    /** The turns so far, oldest first; empty if the conversation is unknown or expired. */
    public synchronized Optional<List<Turn>> history(String id) {
        evictExpired();
        Conversation c = conversations.get(id);
        return c == null ? Optional.empty() : Optional.of(List.copyOf(c.turns));
    }

    /** Adds a turn; returns false if the conversation is unknown or has expired meanwhile. */
    public synchronized boolean append(String id, Turn turn) {
        Conversation c = conversations.get(id);
        if (c == null) {
            return false;
        }
        c.turns.add(turn);
        c.memory.add(UserMessage.from(turn.message()));
        c.memory.add(AiMessage.from(turn.answer().text()));
        if (c.turns.size() > maxTurns) {
            c.turns.remove(0);
        }
        c.lastUsed = clock.instant();
        return true;
    }

    /** The conversation's chat memory: its last messages, oldest first; empty if unknown or expired. */
    public synchronized List<ChatMessage> messages(String id) {
        evictExpired();
        Conversation c = conversations.get(id);
        return c == null ? List.of() : List.copyOf(c.memory.messages());
    }

    public synchronized int size() {
        evictExpired();
        return conversations.size();
    }

    private void evictExpired() {
        Instant cutoff = clock.instant().minus(idleTimeout);
        conversations.entrySet().removeIf((Map.Entry<String, Conversation> e) -> e.getValue().lastUsed.isBefore(cutoff));
    }
}
