package dev.footnote.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.footnote.index.solr.MixedEmbeddingsException;
import dev.footnote.index.solr.SolrCollections;
import dev.footnote.index.solr.SolrTestCluster;

/** How Footnote reaches SolrCloud: through ZooKeeper or through node URLs, and what it says when it cannot. */
class SolrConfigurationTest {

    private static SolrProperties properties(String zkHost, List<String> urls) {
        return new SolrProperties(zkHost, urls, "footnote", 2, 2, "footnote", Path.of("config/solr/footnote/conf"), 500,
                Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    @Test
    void bothZooKeeperAndNodeUrlsReachTheCluster() throws Exception {
        SolrTestCluster cloud = SolrTestCluster.shared();
        String nodeUrl = cloud.cluster().getJettySolrRunner(0).getBaseUrl().toString();
        for (SolrProperties solr : List.of(properties(cloud.zkHost(), null), properties(null, List.of(nodeUrl)))) {
            try (CloudSolrClient client = new SolrConfiguration().solrClient(solr)) {
                assertThat(CollectionAdminRequest.listCollections(client)).isNotNull();
                assertThat(client.getClusterStateProvider().getLiveNodes()).hasSize(2);
            }
        }
    }

    @Test
    void withoutAnAddressStartUpSaysWhichSettingIsMissing() {
        assertThatThrownBy(() -> new SolrConfiguration().solrClient(properties(null, List.of())))
                .hasMessageContaining("footnote.solr.zk-host").hasMessageContaining("footnote.solr.urls");
    }

    @Test
    void aCollectionOfAnotherModelStopsStartUpWithTheWaysOut() {
        SolrTestCluster cloud = SolrTestCluster.shared();
        CloudSolrClient client = cloud.cluster().getSolrClient();
        var settings = SolrTestCluster.settings("mixed-models", 1, 1, 32);
        SolrCollections.prepare(client, settings, "ollama:nomic-embed-text+sentences");
        MixedEmbeddingsException refused = org.junit.jupiter.api.Assertions.assertThrows(MixedEmbeddingsException.class,
                () -> SolrCollections.prepare(client, settings, "all-minilm-l6-v2-q+sentences"));

        FailureAnalysis analysis = new MixedEmbeddingsFailureAnalyzer().analyze(refused);
        assertThat(analysis.getDescription()).contains("'ollama:nomic-embed-text+sentences'", "'all-minilm-l6-v2-q+sentences'");
        assertThat(analysis.getAction()).contains("footnote.solr.collection=mixed-models-2", "footnote.embedding.provider");
    }
}
