package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.index.AwaitFirstIndexing;
import dev.footnote.index.solr.SolrTestCluster;

/**
 * The app on a SolrCloud of its own (one node, so the test can take the whole cluster away without
 * touching the suite's shared one): with the node stopped, search and chat answer 503 problem+json
 * naming the collection, never 500; {@code /api/index} says paused with the reason and health's index
 * component is down saying why. With the node back, search answers again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"footnote.corpus.dir=corpus", "footnote.index.backend=solr", "footnote.solr.collection=outage-test",
                "management.endpoint.health.show-details=always", "footnote.solr.shards=1", "footnote.solr.replicas=1"})
@Import(AwaitFirstIndexing.class)
class SolrOutageApiTest {

    static final SolrTestCluster cloud = SolrTestCluster.own(1);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.solr.zk-host", cloud::zkHost);
    }

    @AfterAll
    static void stop() throws Exception {
        cloud.close();
    }

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void withEveryNodeDownSearchAndChatAre503AndIndexAndHealthSayWhy() throws Exception {
        assertThat(send(get("/api/search?q=armed+forces")).statusCode()).isEqualTo(200);

        JettySolrRunner stopped = cloud.cluster().stopJettySolrRunner(0);
        try {
            cloud.cluster().getZkStateReader().waitForLiveNodes(30, TimeUnit.SECONDS, (before, live) -> live.isEmpty());

            for (HttpRequest request : new HttpRequest[] {get("/api/search?q=armed+forces"), get("/api/search?q=armed+forces&mode=bm25"),
                    post("/api/chat", "{\"message\": \"What did Vucevic say about the armed forces?\"}")}) {
                HttpResponse<String> response = send(request);
                assertThat(response.statusCode()).as(request.uri() + " " + response.body()).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
                assertThat(response.body()).contains("outage-test").doesNotContain("Exception");
            }

            JsonNode index = json.readTree(send(get("/api/index")).body());
            assertThat(index.get("state").asText()).isEqualTo("paused");
            assertThat(index.get("reason").asText()).contains("outage-test");

            HttpResponse<String> health = send(get("/actuator/health"));
            JsonNode component = json.readTree(health.body()).at("/components/index");
            assertThat(component.get("status").asText()).as(health.body()).isEqualTo("DOWN");
            assertThat(component.at("/details/reason").asText()).contains("outage-test");
        } finally {
            cloud.cluster().startJettySolrRunner(stopped);
        }
        cloud.cluster().waitForActiveCollection("outage-test", 60, TimeUnit.SECONDS, 1, 1);
        assertThat(send(get("/api/search?q=armed+forces")).statusCode()).isEqualTo(200);
        assertThat(json.readTree(send(get("/api/index")).body()).get("state").asText()).isNotEqualTo("paused");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
