package dev.footnote.index.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A real SolrCloud in this JVM for the tests: ZooKeeper and two Solr nodes on loopback ports
 * ({@code solr-test-framework}'s {@link MiniSolrCloudCluster}). Starting one takes seconds, so one
 * is shared by every test class of the run (each with collections of its own) and stopped when
 * the JVM exits.
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

    private static SolrTestCluster shared;

    /** The run's cluster of two nodes, started on first use. */
    public static synchronized SolrTestCluster shared() {
        if (shared == null) {
            shared = start(2);
            SolrTestCluster cluster = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.close();
                } catch (Exception e) {
                    // The JVM is exiting; the temp folder is all that may stay behind.
                }
            }));
        }
        return shared;
    }

    /** A cluster of its own, for a test that stops its nodes; the caller closes it. */
    public static SolrTestCluster own(int nodes) {
        return start(nodes);
    }

    private static SolrTestCluster start(int nodes) {
        // Solr and ZooKeeper log every state change at INFO: thousands of lines that hide the tests' own.
        for (String noisy : new String[] {"org.apache.solr", "org.apache.zookeeper", "org.eclipse.jetty", "org.apache.curator"}) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(noisy)).setLevel(ch.qos.logback.classic.Level.WARN);
        }
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
                Duration.ofSeconds(60), Duration.ofSeconds(10));
    }

    /** Stops the cluster: the shutdown hook of {@link #shared()}, or the owner of one from {@link #own}. */
    @Override
    public void close() throws Exception {
        cluster.shutdown();
        org.apache.commons.io.file.PathUtils.deleteDirectory(baseDir);
    }
}
