package dev.footnote.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The on-disk Lucene index.
 *
 * @param dir the index folder; created if missing, rebuilt if written by an older schema
 */
@ConfigurationProperties(prefix = "footnote.index", ignoreUnknownFields = false)
public record IndexProperties(@DefaultValue("data/index") Path dir) {
}
