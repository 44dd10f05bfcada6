package dev.footnote.chat;

import java.util.List;
import java.util.Optional;

import dev.langchain4j.data.message.ChatMessage;

/**
 * Where conversations live: their complete history (every turn with its citations, listed,
 * renamed and deleted by their owner) and, apart from it, the bounded chat memory that a
 * language model sees when it rewrites a follow-up.
 *
 * <p>An owner is the id of the API key that started the conversation, or {@link #ANONYMOUS} when
 * keys are off; a conversation is visible to its owner alone. Methods that take no owner act for
 * {@link #ANONYMOUS}.
 */
public interface ConversationStore {

    /** The owner of conversations started without an API key. */
    String ANONYMOUS = "";

    /** Starts a conversation for {@code owner} and returns its id. */
    String start(String owner);

    /** The last turns (at most the configured number), oldest first; empty if {@code owner} has no such conversation. */
    Optional<List<Turn>> history(String id, String owner);

    /** Adds a turn; returns false if the conversation is unknown (deleted or expired meanwhile). */
    boolean append(String id, Turn turn);

    /** The conversation's chat memory: its last messages, oldest first; empty if unknown. */
    List<ChatMessage> messages(String id);

    /** The owner's conversations, the most recently updated first. */
    List<ConversationSummary> list(String owner);

    /** The whole conversation, every turn; empty if {@code owner} has no such conversation. */
    Optional<Conversation> find(String id, String owner);

    /** Gives the conversation a title of the owner's choosing; false if the owner has no such conversation. */
    boolean rename(String id, String owner, String title);

    /** Deletes the conversation with its turns and memory; false if the owner has no such conversation. */
    boolean delete(String id, String owner);

    default String start() {
        return start(ANONYMOUS);
    }

    default Optional<List<Turn>> history(String id) {
        return history(id, ANONYMOUS);
    }

    /** {@code null} (no API key) is the anonymous owner. */
    static String owner(String keyId) {
        return keyId == null ? ANONYMOUS : keyId;
    }
}
