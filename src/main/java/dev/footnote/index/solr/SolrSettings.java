package dev.footnote.index.solr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How Footnote uses its SolrCloud collection.
 *
 * @param collection      the collection's name; created on first start if missing
 * @param configSet       the name the configset is uploaded under
 * @param configDir       the configset folder (schema.xml, solrconfig.xml, ...) uploaded when the collection is created
 * @param shards          shards of a new collection
 * @param replicas        replicas of each shard of a new collection
 * @param vectorDimension the length of the vectors (the embedding model's), a collection property of the schema
 * @param bm25K1          BM25 term-frequency saturation, a collection property of the schema
 * @param bm25B           BM25 length normalisation, a collection property of the schema
 * @param batchSize       passages per update request while indexing
 * @param timeout         the longest wait for the collection to become active, and for one request
 * @param statsTtl        how long the passage count, index version and term statistics read from Solr are reused
 *                        (this process's own writes refresh them at once; other writers' after this long)
 */
public record SolrSettings(String collection, String configSet, Path configDir, int shards, int replicas, int vectorDimension,
                           float bm25K1, float bm25B, int batchSize, Duration timeout, Duration statsTtl) {

    public SolrSettings {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(configSet, "configSet");
        Objects.requireNonNull(configDir, "configDir");
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("footnote.solr.shards and footnote.solr.replicas must be >= 1");
        }
        Objects.requireNonNull(statsTtl, "statsTtl");
        if (batchSize < 1) {
            throw new IllegalArgumentException("footnote.solr.batch-size must be >= 1");
        }
    }
}
