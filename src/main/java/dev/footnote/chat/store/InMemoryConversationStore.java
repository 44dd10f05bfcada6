package dev.footnote.chat.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

import dev.footnote.chat.Conversation;
import dev.footnote.chat.ConversationStore;
import dev.footnote.chat.ConversationSummary;
import dev.footnote.chat.ConversationTitles;
import dev.footnote.chat.Turn;

/**
 * Conversations in memory ({@code footnote.chat.store=memory}), lost on restart and bounded twice
 * so memory cannot grow without limit: at most {@code maxConversations} (the least recently used
 * goes first), each forgotten after {@code idleTimeout} without a message, each keeping only its
 * last {@code maxTurns} turns. Each conversation also keeps its messages in a LangChain4j
 * {@link ChatMemory} (a window of the last {@code 2 × maxTurns} messages).
 */
public final class InMemoryConversationStore implements ConversationStore {

    private final int maxConversations;
    private final int maxTurns;
    private final Duration idleTimeout;
    private final Clock clock;
    private final LinkedHashMap<String, Entry> conversations = new LinkedHashMap<>(16, 0.75f, true);

    public InMemoryConversationStore(int maxConversations, int maxTurns, Duration idleTimeout, Clock clock) {
        if (maxConversations < 1 || maxTurns < 1) {
            throw new IllegalArgumentException("maxConversations and maxTurns must be >= 1");
        }
        this.maxConversations = maxConversations;
        this.maxTurns = maxTurns;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    private static final class Entry {
        final String owner;
        final Instant created;
        final List<Conversation.StoredTurn> turns = new ArrayList<>();
        final ChatMemory memory;
        String title;
        Instant lastUsed;

        Entry(String id, String owner, int maxMessages, Instant now) {
            this.owner = owner;
            this.created = now;
            this.lastUsed = now;
            memory = MessageWindowChatMemory.builder().id(id).maxMessages(maxMessages).build();
        }

        ConversationSummary summary(String id) {
            return new ConversationSummary(id, title, created, lastUsed, turns.size());
        }
    }

    @Override
    public synchronized String start(String owner) {
        evictExpired();
        String id = UUID.randomUUID().toString();
        conversations.put(id, new Entry(id, ConversationStore.owner(owner), 2 * maxTurns, clock.instant()));
        while (conversations.size() > maxConversations) {
            Iterator<String> eldest = conversations.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return id;
    }

    @Override
    public synchronized Optional<List<Turn>> history(String id, String owner) {
        return owned(id, owner).map(c -> c.turns.stream().map(Conversation.StoredTurn::turn).toList());
    }

    @Override
    public synchronized boolean append(String id, Turn turn) {
        Entry c = conversations.get(id);
        if (c == null) {
            return false;
        }
        c.lastUsed = clock.instant();
        if (c.title == null) {
            c.title = ConversationTitles.of(turn.message());
        }
        c.turns.add(new Conversation.StoredTurn(turn, c.lastUsed));
        c.memory.add(UserMessage.from(turn.message()));
        c.memory.add(AiMessage.from(turn.answer().text()));
        if (c.turns.size() > maxTurns) {
            c.turns.remove(0);
        }
        return true;
    }

    @Override
    public synchronized List<ChatMessage> messages(String id) {
        evictExpired();
        Entry c = conversations.get(id);
        return c == null ? List.of() : List.copyOf(c.memory.messages());
    }

    @Override
    public synchronized List<ConversationSummary> list(String owner) {
        evictExpired();
        String who = ConversationStore.owner(owner);
        return conversations.entrySet().stream().filter(e -> e.getValue().owner.equals(who) && e.getValue().title != null)
                .map(e -> e.getValue().summary(e.getKey()))
                .sorted(Comparator.comparing(ConversationSummary::updated).reversed().thenComparing(ConversationSummary::id))
                .toList();
    }

    @Override
    public synchronized Optional<Conversation> find(String id, String owner) {
        return owned(id, owner).map(c -> new Conversation(c.summary(id), c.turns));
    }

    @Override
    public synchronized boolean rename(String id, String owner, String title) {
        Optional<Entry> c = owned(id, owner);
        c.ifPresent(e -> e.title = title);
        return c.isPresent();
    }

    @Override
    public synchronized boolean delete(String id, String owner) {
        return owned(id, owner).map(c -> conversations.remove(id) != null).orElse(false);
    }

    public synchronized int size() {
        evictExpired();
        return conversations.size();
    }

    private Optional<Entry> owned(String id, String owner) {
        evictExpired();
        Entry c = conversations.get(id);
        return c != null && c.owner.equals(ConversationStore.owner(owner)) ? Optional.of(c) : Optional.empty();
    }

    private void evictExpired() {
        Instant cutoff = clock.instant().minus(idleTimeout);
        conversations.entrySet().removeIf((Map.Entry<String, Entry> e) -> e.getValue().lastUsed.isBefore(cutoff));
    }
}
