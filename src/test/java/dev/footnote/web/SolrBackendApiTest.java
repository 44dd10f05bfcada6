package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import dev.footnote.index.solr.SolrPassageIndex;
import dev.footnote.index.solr.SolrTestCluster;

/**
 * What only the SolrCloud backend has: the app created its collection, health reports the cluster,
 * and with one of the two nodes stopped, searches and answers still come back (every shard keeps a
 * replica on the other node).
 */
@FootnoteSolrServerTest
class SolrBackendApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    SolrPassageIndex index;

    @Test
    void theIndexIsTheSolrCollection() {
        assertThat(index).isInstanceOf(SolrPassageIndex.class);
        assertThat(SolrTestCluster.shared().cluster().getZkStateReader().getClusterState().getCollection("web-test")
                .getSlices()).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthReportsEveryShardsActiveReplicas() {
        Map<String, Object> health = http.getForObject("/actuator/health", Map.class);
        Map<String, Object> solr = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("solr");
        assertThat(solr.get("status")).isEqualTo("UP");
        assertThat((Map<String, Object>) solr.get("details")).containsEntry("collection", "web-test")
                .containsEntry("activeReplicas", Map.of("shard1", "2/2", "shard2", "2/2"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchesAndAnswersGoOnWithANodeDown() throws Exception {
        SolrTestCluster cloud = SolrTestCluster.shared();
        JettySolrRunner stopped = cloud.cluster().stopJettySolrRunner(1);
        try {
            cloud.cluster().getZkStateReader().waitForLiveNodes(30, TimeUnit.SECONDS, (before, live) -> live.size() == 1);

            ResponseEntity<Map> search = http.getForEntity("/api/search?q=Vucevic armed forces police", Map.class);
            assertThat(search.getStatusCode().value()).isEqualTo(200);
            List<Map<String, Object>> hits = (List<Map<String, Object>>) search.getBody().get("hits");
            assertThat(hits).isNotEmpty();

            ResponseEntity<Map> chat = http.postForEntity("/api/chat",
                    Map.of("message", "What did the United States and the European Union urge?"), Map.class);
            assertThat(chat.getStatusCode().value()).isEqualTo(200);
            assertThat(chat.getBody().get("grounded")).isEqualTo(true);
            assertThat((List<?>) chat.getBody().get("citations")).isNotEmpty();

            Map<String, Object> health = http.getForObject("/actuator/health", Map.class);
            Map<String, Object> solr = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("solr");
            assertThat((Map<String, Object>) solr.get("details")).containsEntry("liveNodes", 1)
                    .containsEntry("activeReplicas", Map.of("shard1", "1/2", "shard2", "1/2"));
        } finally {
            cloud.cluster().startJettySolrRunner(stopped);
            cloud.cluster().waitForActiveCollection("web-test", 60, TimeUnit.SECONDS, 2, 4);
        }
    }
}
