package dev.footnote.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Chat limits.
 *
 * @param maxMessageChars  a longer message is refused with 400
 * @param maxConversations with {@code store: memory}, conversations kept at once; the least recently used is dropped first
 * @param maxTurns         turns a language model sees when rewriting a follow-up (the chat memory); with {@code store: memory}, also the turns kept
 * @param idleTimeout      with {@code store: memory}, a conversation idle this long is forgotten
 * @param store            where conversations are kept: {@code jdbc} (the database of {@code spring.datasource.*}, kept across restarts) or {@code memory}
 * @param exampleQuestions how many example questions the empty page offers, drawn from the corpus
 */
@ConfigurationProperties(prefix = "footnote.chat", ignoreUnknownFields = false)
public record ChatProperties(
        @DefaultValue("4000") int maxMessageChars,
        @DefaultValue("1000") int maxConversations,
        @DefaultValue("20") int maxTurns,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("jdbc") String store,
        @DefaultValue("3") int exampleQuestions) {
}
