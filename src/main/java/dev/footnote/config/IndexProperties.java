package dev.footnote.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The index.
 *
 * @param dir     the Lucene index folder; created if missing, rebuilt if written by an older schema
 * @param backend {@code lucene} (the on-disk index in {@code dir}) or {@code solr} (a SolrCloud collection, see {@code footnote.solr.*})
 */
@ConfigurationProperties(prefix = "footnote.index", ignoreUnknownFields = false)
public record IndexProperties(@DefaultValue("data/index") Path dir, @DefaultValue("lucene") Backend backend) {

    public enum Backend { LUCENE, SOLR }
}
