package dev.footnote.chat.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 * Conversations in a JDBC database (schema: {@code db/migration}). The history is complete: every
 * turn is kept with its answer and citations until the conversation is deleted. What a language
 * model sees stays bounded: {@link #history} gives the last {@code maxTurns} turns, and the chat
 * memory is a LangChain4j window of the last {@code 2 × maxTurns} messages over
 * {@link JdbcChatMemoryStore}.
 *
 * <p>Conversations belong to the index they were asked over ({@code indexKey}): several indexes may
 * share one database, and each lists, opens and continues only its own, since the citations of
 * another index's conversation point nowhere in this one. Conversations stored before the index
 * was recorded are taken over by the first index that opens the database.
 */
public final class JdbcConversationStore implements ConversationStore {

    private static final String SUMMARY = "SELECT c.id, c.title, c.created_at, c.updated_at, "
            + "(SELECT COUNT(*) FROM conversation_turn t WHERE t.conversation_id = c.id) AS turns FROM conversation c ";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JdbcChatMemoryStore memoryStore;
    private final int maxTurns;
    private final Clock clock;
    private final String indexKey;

    /** A store for one index only (tests, tools): every conversation belongs to the same unnamed index. */
    public JdbcConversationStore(DataSource dataSource, int maxTurns, Clock clock) {
        this(dataSource, maxTurns, clock, "");
    }

    /** @param indexKey names the index this server answers over (see {@code config}); conversations of other keys are unknown here */
    public JdbcConversationStore(DataSource dataSource, int maxTurns, Clock clock, String indexKey) {
        if (maxTurns < 1) {
            throw new IllegalArgumentException("maxTurns must be >= 1");
        }
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.memoryStore = new JdbcChatMemoryStore(jdbc);
        this.maxTurns = maxTurns;
        this.clock = clock;
        this.indexKey = Objects.requireNonNull(indexKey, "indexKey");
        jdbc.sql("UPDATE conversation SET index_key = ? WHERE index_key IS NULL").param(indexKey).update();
    }

    @Override
    public String start(String owner) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = now();
        jdbc.sql("INSERT INTO conversation (id, owner, title, created_at, updated_at, index_key) VALUES (?, ?, NULL, ?, ?, ?)")
                .params(id, ConversationStore.owner(owner), now, now, indexKey).update();
        return id;
    }

    @Override
    public Optional<List<Turn>> history(String id, String owner) {
        if (!owns(id, owner)) {
            return Optional.empty();
        }
        List<Turn> recent = new ArrayList<>(jdbc.sql("SELECT message, retrieval_query, answer, document_titles FROM conversation_turn "
                        + "WHERE conversation_id = ? ORDER BY ordinal DESC LIMIT ?")
                .params(id, maxTurns)
                .query((rs, n) -> turn(rs)).list());
        Collections.reverse(recent);
        return Optional.of(List.copyOf(recent));
    }

    @Override
    public boolean append(String id, Turn turn) {
        Boolean appended = transactions.execute(status -> {
            OffsetDateTime now = now();
            // Updating the row first locks it, so that two turns of one conversation get distinct ordinals.
            int found = jdbc.sql("UPDATE conversation SET updated_at = ?, title = COALESCE(title, ?) WHERE id = ? AND index_key = ?")
                    .params(now, ConversationTitles.of(turn.message()), id, indexKey).update();
            if (found == 0) {
                return false;
            }
            int ordinal = jdbc.sql("SELECT COALESCE(MAX(ordinal) + 1, 0) FROM conversation_turn WHERE conversation_id = ?")
                    .param(id).query(Integer.class).single();
            jdbc.sql("INSERT INTO conversation_turn (conversation_id, ordinal, message, retrieval_query, answer, answered_at, "
                            + "document_titles) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, ordinal, turn.message(), turn.retrievalQuery(), AnswerJson.write(turn.answer()), now,
                            AnswerJson.writeTitles(turn.documentTitles()))
                    .update();
            ChatMemory memory = memory(id);
            memory.add(UserMessage.from(turn.message()));
            memory.add(AiMessage.from(turn.answer().text()));
            return true;
        });
        return Boolean.TRUE.equals(appended);
    }

    @Override
    public List<ChatMessage> messages(String id) {
        return List.copyOf(memory(id).messages());
    }

    /** Conversations with at least one turn (the title is set with the first); one whose first answer was stopped is left out. */
    @Override
    public List<ConversationSummary> list(String owner) {
        return jdbc.sql(SUMMARY + "WHERE c.owner = ? AND c.index_key = ? AND c.title IS NOT NULL ORDER BY c.updated_at DESC, c.id")
                .params(ConversationStore.owner(owner), indexKey)
                .query((rs, n) -> summary(rs)).list();
    }

    @Override
    public Optional<Conversation> find(String id, String owner) {
        return jdbc.sql(SUMMARY + "WHERE c.id = ? AND c.owner = ? AND c.index_key = ?")
                .params(id, ConversationStore.owner(owner), indexKey)
                .query((rs, n) -> summary(rs)).optional()
                .map(summary -> new Conversation(summary, jdbc.sql(
                                "SELECT message, retrieval_query, answer, document_titles, answered_at FROM conversation_turn "
                                        + "WHERE conversation_id = ? ORDER BY ordinal")
                        .param(id)
                        .query((rs, n) -> new Conversation.StoredTurn(turn(rs), instant(rs, "answered_at"))).list()));
    }

    @Override
    public boolean rename(String id, String owner, String title) {
        return jdbc.sql("UPDATE conversation SET title = ?, updated_at = ? WHERE id = ? AND owner = ? AND index_key = ?")
                .params(title, now(), id, ConversationStore.owner(owner), indexKey).update() > 0;
    }

    @Override
    public boolean delete(String id, String owner) {
        // Turns and memory go with it (ON DELETE CASCADE).
        return jdbc.sql("DELETE FROM conversation WHERE id = ? AND owner = ? AND index_key = ?")
                .params(id, ConversationStore.owner(owner), indexKey).update() > 0;
    }

    private boolean owns(String id, String owner) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation WHERE id = ? AND owner = ? AND index_key = ?")
                .params(id, ConversationStore.owner(owner), indexKey).query(Integer.class).single() > 0;
    }

    private ChatMemory memory(String id) {
        return MessageWindowChatMemory.builder().id(id).maxMessages(2 * maxTurns).chatMemoryStore(memoryStore).build();
    }

    /** Milliseconds: what every database keeps exactly, so a stored time reads back equal. */
    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }

    private static Turn turn(ResultSet rs) throws SQLException {
        return new Turn(rs.getString("message"), rs.getString("retrieval_query"), AnswerJson.read(rs.getString("answer")),
                AnswerJson.readTitles(rs.getString("document_titles")));
    }

    private static ConversationSummary summary(ResultSet rs) throws SQLException {
        return new ConversationSummary(rs.getString("id"), rs.getString("title"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getInt("turns"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
