package dev.footnote.config;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API keys and rate limits. No keys (the default): the server is open, as before.
 *
 * @param apiKeys     keys as {@code name}, {@code role} (reader or editor) and {@code sha256} (of the key, 64 hex digits)
 * @param apiKeysFile a file of further keys, one per line: {@code name role sha256}; {@code #} starts a comment
 * @param rateLimit   requests per minute per key (per client address when open)
 */
@ConfigurationProperties(prefix = "footnote.security", ignoreUnknownFields = false)
public record SecurityProperties(
        @DefaultValue List<Key> apiKeys,
        Path apiKeysFile,
        @DefaultValue RateLimit rateLimit) {

    /**
     * One key.
     *
     * @param name   what logs and the request's principal show; never the key itself
     * @param role   reader (ask, search, read passages) or editor (also add and remove documents)
     * @param sha256 the SHA-256 of the key as 64 hex digits: {@code printf %s "$KEY" | sha256sum}
     */
    public record Key(String name, String role, String sha256) {
    }

    /**
     * Rate limits.
     *
     * @param requestsPerMinute requests under /api and /v1 per minute per client; 0 turns limits off
     * @param maxClients        clients tracked at once; idle ones are forgotten first
     */
    public record RateLimit(@DefaultValue("0") int requestsPerMinute, @DefaultValue("10000") int maxClients) {
    }
}
