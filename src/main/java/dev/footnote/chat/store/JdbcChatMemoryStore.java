package dev.footnote.chat.store;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;

/**
 * LangChain4j's chat memory kept in the {@code chat_memory} table, one row of JSON messages per
 * conversation. The window that bounds it is the {@code MessageWindowChatMemory} in front of it;
 * this store keeps whatever that window hands it.
 */
final class JdbcChatMemoryStore implements ChatMemoryStore {

    private final JdbcClient jdbc;

    JdbcChatMemoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        return jdbc.sql("SELECT messages FROM chat_memory WHERE conversation_id = ?")
                .param(memoryId.toString())
                .query(String.class).optional()
                .map(ChatMessageDeserializer::messagesFromJson)
                .orElse(List.of());
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        String json = ChatMessageSerializer.messagesToJson(messages);
        // Update, else insert: portable across databases, unlike MERGE or ON CONFLICT.
        int updated = jdbc.sql("UPDATE chat_memory SET messages = ? WHERE conversation_id = ?")
                .params(json, memoryId.toString()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO chat_memory (conversation_id, messages) VALUES (?, ?)")
                    .params(memoryId.toString(), json).update();
        }
    }

    @Override
    public void deleteMessages(Object memoryId) {
        jdbc.sql("DELETE FROM chat_memory WHERE conversation_id = ?").param(memoryId.toString()).update();
    }
}
