package dev.footnote.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SolrCloud cluster of {@code footnote.index.backend=solr}.
 *
 * @param zkHost     the cluster's ZooKeeper ensemble, e.g. {@code zk1:2181,zk2:2181,zk3:2181/solr} (with its chroot, if any)
 * @param urls       or instead: Solr node URLs, e.g. {@code http://solr1:8983/solr}, when ZooKeeper is not reachable from here
 * @param collection the collection; created on first start if missing
 * @param shards     shards of a new collection: split the passages so that each shard's vectors fit one node's memory
 * @param replicas   copies of each shard of a new collection: 2 or more keep searches up while a node is down
 * @param configSet  the name under which Footnote uploads its configset when it creates the collection
 * @param configDir  the configset folder uploaded then
 * @param batchSize  passages per update request while indexing
 * @param timeout    the longest wait for one request to Solr
 * @param statsTtl   how long passage counts and term statistics read from Solr are reused; another Footnote writing to
 *                   the same collection is seen after this long (this one's own writes at once)
 */
@ConfigurationProperties(prefix = "footnote.solr", ignoreUnknownFields = false)
public record SolrProperties(
        String zkHost,
        List<String> urls,
        @DefaultValue("footnote") String collection,
        @DefaultValue("2") int shards,
        @DefaultValue("2") int replicas,
        @DefaultValue("footnote") String configSet,
        @DefaultValue("config/solr/footnote/conf") Path configDir,
        @DefaultValue("500") int batchSize,
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("10s") Duration statsTtl) {

    public SolrProperties {
        urls = urls == null ? List.of() : List.copyOf(urls);
    }

    /** Whether ZooKeeper is named (else the node URLs are used). */
    public boolean viaZooKeeper() {
        return zkHost != null && !zkHost.isBlank();
    }
}
