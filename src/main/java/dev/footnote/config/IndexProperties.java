package dev.footnote.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.footnote.index.PassageVectors;

/**
 * The index and the indexer behind the server.
 *
 * @param dir                 the Lucene index folder; created if missing, rebuilt if written by an older schema
 * @param backend             {@code lucene} (the on-disk index in {@code dir}) or {@code solr} (a SolrCloud collection, see {@code footnote.solr.*})
 * @param commitPassages      documents are committed in batches of at least this many passages: a kill keeps every batch committed
 * @param commitInterval      a batch committed sooner than this after the one before makes the next twice as large, up to
 *                            {@code commitPassagesMax}, so that a fast model fills fewer, larger segments; 0 keeps every
 *                            batch at {@code commitPassages}
 * @param commitPassagesMax   the largest batch the interval may grow to (two batches are in memory at once)
 * @param progressLogInterval how often the log reports indexing progress (percentage and time left)
 * @param shutdownWait        how long shutting down waits for the indexing batch in progress
 * @param retryBackoff        how long indexing paused by an outage (embedding server or Solr unreachable) waits before trying again
 * @param retryBackoffMax     the longest wait between such tries: the wait doubles from {@code retryBackoff} up to this
 * @param readOnly            open the Lucene index for reading alone (no writer, no write lock), as the {@code check}
 *                            command does beside a running server; it must exist and is never rebuilt
 * @param vectorEncoding      {@code int8} or {@code float32}: how the Lucene index keeps its vectors (int8: the HNSW
 *                            graph searched over scalar-quantized passage vectors, sentence vectors stored as one byte per
 *                            dimension; the same SQuAD quality in half the index, see docs/retrieval.md); switching
 *                            rebuilds the index once
 */
@ConfigurationProperties(prefix = "footnote.index", ignoreUnknownFields = false)
public record IndexProperties(@DefaultValue("data/index") Path dir,
                              @DefaultValue("lucene") Backend backend,
                              @DefaultValue("256") int commitPassages,
                              @DefaultValue("5s") Duration progressLogInterval,
                              @DefaultValue("60s") Duration shutdownWait,
                              @DefaultValue("1s") Duration retryBackoff,
                              @DefaultValue("30s") Duration retryBackoffMax,
                              @DefaultValue("false") boolean readOnly,
                              @DefaultValue("int8") PassageVectors.Encoding vectorEncoding,
                              @DefaultValue("2s") Duration commitInterval,
                              @DefaultValue("2048") int commitPassagesMax) {

    public IndexProperties {
        // Batches are sized between the two by time (index.BatchSize); outside 1 <= least <= most nothing is written.
        if (commitPassages < 1 || commitPassagesMax < commitPassages) {
            throw new IllegalArgumentException("footnote.index.commit-passages must be at least 1 and at most "
                    + "footnote.index.commit-passages-max, were " + commitPassages + " and " + commitPassagesMax);
        }
    }

    public enum Backend { LUCENE, SOLR }
}
