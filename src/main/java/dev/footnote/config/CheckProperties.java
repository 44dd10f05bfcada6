package dev.footnote.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Checking a submitted text against the corpus ({@code POST /api/check}, the {@code check} command, the
 * {@code footnote-check} model). The decision rules live in {@code dev/footnote/check/check-rules.tsv}.
 *
 * @param maxChars a longer text is refused with 413
 */
@ConfigurationProperties(prefix = "footnote.check", ignoreUnknownFields = false)
public record CheckProperties(@DefaultValue("20000") int maxChars) {

    public CheckProperties {
        if (maxChars < 1) {
            throw new IllegalArgumentException("footnote.check.max-chars must be >= 1, was " + maxChars);
        }
    }
}
