package dev.footnote.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.CountingEmbedder;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageVectors;

/**
 * One node of two stopped: every shard still has a replica on the other node, so searches go on,
 * and so does indexing once the surviving replicas lead. Restarted, the node's replicas recover
 * from the leaders and hold what was written while they were down.
 */
class SolrNodeFailureTest {

    static final String COLLECTION = "failover";

    @TempDir
    Path corpus;

    @Test
    void searchesSurviveANodeAndTheRestartedNodeCatchesUp() throws Exception {
        SolrTestCluster cloud = SolrTestCluster.shared();
        CloudSolrClient client = cloud.cluster().getSolrClient();
        SolrSettings settings = SolrTestCluster.settings(COLLECTION, 2, 2, 32);
        PassageVectors vectors = new PassageVectors(new CountingEmbedder("counting"), 8, true);
        SolrCollections.prepare(client, settings, SolrPassageIndex.modelId(vectors));
        SolrPassageIndex index = new SolrPassageIndex(client, settings, new FootnoteAnalyzer(), vectors);
        CorpusIndexer indexer = new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index);
        Files.writeString(corpus.resolve("coast.txt"), "Lighthouses guide ships past the rocky northern coast at night.\n");
        Files.writeString(corpus.resolve("rivers.txt"), "The river floods every spring after the snow melts in the mountains.\n");
        indexer.sync(corpus);

        JettySolrRunner stopped = cloud.cluster().stopJettySolrRunner(0);
        try {
            cloud.cluster().getZkStateReader().waitForLiveNodes(30, TimeUnit.SECONDS, (before, live) -> live.size() == 1);
            SolrClusterStatus status = SolrClusterStatus.of(client, COLLECTION);
            assertThat(status.searchable()).isTrue();
            assertThat(status.shards()).containsOnlyKeys("shard1", "shard2").allSatisfy((shard, active) -> assertThat(active).isEqualTo("1/2"));

            assertThat(index.bm25(List.of("lighthous"), 0.3f, 5)).singleElement()
                    .satisfies(hit -> assertThat(hit.passage().text()).startsWith("Lighthouses"));
            assertThat(index.nearest(index.embedder().embed("river snow spring"), 1).get(0).passage().text()).startsWith("The river");

            // Writes need a leader per shard: the surviving replicas take over.
            cloud.cluster().getZkStateReader().waitForState(COLLECTION, 30, TimeUnit.SECONDS, (live, docs) -> docs != null
                    && docs.getSlices().stream().allMatch(s -> s.getLeader() != null && s.getLeader().isActive(live)));
            Files.writeString(corpus.resolve("glaciers.txt"), "Glaciers retreat in warm summers.\n");
            assertThat(indexer.sync(corpus).added()).containsExactly("glaciers.txt");
        } finally {
            cloud.cluster().startJettySolrRunner(stopped);
        }
        cloud.cluster().waitForActiveCollection(COLLECTION, 60, TimeUnit.SECONDS, 2, 4);

        // Every replica, asked alone, now holds the file written while its node was down.
        for (Replica replica : cloud.cluster().getZkStateReader().getClusterState().getCollection(COLLECTION).getReplicas()) {
            try (Http2SolrClient direct = new Http2SolrClient.Builder(replica.getBaseUrl()).build()) {
                SolrQuery q = new SolrQuery(SolrQueries.term(IndexFields.PATH, "glaciers.txt"));
                q.set("distrib", false);
                long found = direct.query(replica.getCoreName(), q).getResults().getNumFound();
                boolean holdsTheFile = found > 0;
                boolean ownsTheFile = replica.getShard().equals(shardOf(client, "glaciers.txt"));
                assertThat(holdsTheFile).as(replica.getCoreName()).isEqualTo(ownsTheFile);
            }
        }
    }

    /** The shard that holds a file's records (all of a file's documents share one, by their id prefix). */
    private static String shardOf(CloudSolrClient client, String path) throws Exception {
        SolrQuery q = new SolrQuery(SolrQueries.term(IndexFields.PATH, path));
        q.setFields("[shard]");
        String url = (String) client.query(COLLECTION, q).getResults().get(0).getFieldValue("[shard]");
        return url.contains("shard1") ? "shard1" : "shard2";
    }
}
