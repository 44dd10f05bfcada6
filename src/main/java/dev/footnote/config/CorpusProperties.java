package dev.footnote.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the documents are and how they are cut into passages.
 *
 * @param dir             the corpus folder: {@code .txt} and {@code .md} files, read recursively
 * @param maxPassageWords a paragraph longer than this is split at sentence boundaries
 */
@ConfigurationProperties(prefix = "footnote.corpus", ignoreUnknownFields = false)
public record CorpusProperties(@DefaultValue("corpus") Path dir, @DefaultValue("250") int maxPassageWords) {
}
