package dev.footnote.chat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;

import dev.footnote.answer.CitedAnswer;
import dev.footnote.chat.Turn;

/** The chat memory behind follow-ups stays bounded: a window of messages, a number of conversations, an idle expiry. */
class InMemoryConversationStoreTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void theChatMemoryKeepsOnlyTheLastTurnsMessages() {
        InMemoryConversationStore store = new InMemoryConversationStore(10, 2, Duration.ofMinutes(30), clock);
        String id = store.start();
        for (int i = 1; i <= 3; i++) {
            store.append(id, new Turn("question " + i, "question " + i, answer("answer " + i)));
        }

        List<ChatMessage> messages = store.messages(id);

        assertThat(messages).hasSize(4);
        assertThat(((UserMessage) messages.get(0)).singleText()).isEqualTo("question 2");
        assertThat(((AiMessage) messages.get(3)).text()).isEqualTo("answer 3");
        assertThat(store.history(id).orElseThrow()).extracting(Turn::message).containsExactly("question 2", "question 3");
    }

    @Test
    void idleAndSurplusConversationsAreForgottenWithTheirMemory() {
        InMemoryConversationStore store = new InMemoryConversationStore(2, 5, Duration.ofMinutes(30), clock);
        String first = store.start();
        store.append(first, new Turn("q", "q", answer("a")));
        store.start();
        store.start();

        assertThat(store.messages(first)).isEmpty();
        assertThat(store.size()).isEqualTo(2);

        now = now.plus(Duration.ofMinutes(31));
        assertThat(store.size()).isZero();
    }

    private static CitedAnswer answer(String text) {
        return CitedAnswer.notInCorpus(text, CitedAnswer.EXTRACTIVE, List.of());
    }
}
