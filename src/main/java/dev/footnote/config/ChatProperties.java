package dev.footnote.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Chat limits.
 *
 * @param maxMessageChars  a longer message is refused with 400
 * @param maxConversations conversations kept at once; the least recently used is dropped first
 * @param maxTurns         turns kept per conversation
 * @param idleTimeout      a conversation idle this long is forgotten
 */
@ConfigurationProperties(prefix = "footnote.chat", ignoreUnknownFields = false)
public record ChatProperties(
        @DefaultValue("4000") int maxMessageChars,
        @DefaultValue("1000") int maxConversations,
        @DefaultValue("20") int maxTurns,
        @DefaultValue("30m") Duration idleTimeout) {
}
