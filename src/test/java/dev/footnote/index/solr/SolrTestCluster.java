package dev.footnote.index.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A real SolrCloud in this JVM for the tests: ZooKeeper and {@code nodes} Solr nodes on loopback
 * ports ({@code solr-test-framework}'s {@link MiniSolrCloudCluster}). One per test class: starting
 * one takes a few seconds.
 */
public final class SolrTestCluster implements AutoCloseable {

    /** The configset shipped with Footnote, as a user's first start uploads it. */
    public static final Path CONFIG_DIR = Paths.get("config/solr/footnote/conf");

    private final MiniSolrCloudCluster cluster;
    private final Path baseDir;

    private SolrTestCluster(MiniSolrCloudCluster cluster, Path baseDir) {
        this.cluster = cluster;
        this.baseDir = baseDir;
    }

    public static SolrTestCluster start(int nodes) {
        try {
            Path baseDir = Files.createTempDirectory("footnote-solrcloud");
            return new SolrTestCluster(new MiniSolrCloudCluster.Builder(nodes, baseDir).build(), baseDir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the in-JVM SolrCloud", e);
        }
    }

    public MiniSolrCloudCluster cluster() {
        return cluster;
    }

    /** The ZooKeeper address, as {@code footnote.solr.zk-host} takes it. */
    public String zkHost() {
        return cluster.getZkServer().getZkAddress();
    }

    /** Settings for a collection of {@code shards} x {@code replicas} of vectors of {@code dimension}. */
    public static SolrSettings settings(String collection, int shards, int replicas, int dimension) {
        return new SolrSettings(collection, collection + "-config", CONFIG_DIR, shards, replicas, dimension, 1.2f, 0.75f, 100,
                Duration.ofSeconds(60));
    }

    @Override
    public void close() throws Exception {
        cluster.shutdown();
        org.apache.commons.io.file.PathUtils.deleteDirectory(baseDir);
    }
}
