package dev.footnote.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole app on a remote OpenAI-compatible embedding server (a stand-in on loopback) that goes
 * away and comes back: meanwhile search and chat answer from BM25 with a warning, a dense search is
 * 503, indexing pauses with a reason naming the server (in {@code /api/index} and in health, which
 * stays UP), and once the server answers again indexing resumes by itself, with no restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(dev.footnote.index.AwaitFirstIndexing.class)
class EmbeddingOutageApiTest {

    static FakeEmbeddingServer fake = new FakeEmbeddingServer(32);
    static final Path WORK = work();

    private static Path work() {
        try {
            Path dir = Files.createTempDirectory("footnote-outage");
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            Files.writeString(corpus.resolve("coast.txt"), "Lighthouses guide ships past the rocky northern coast at night.\n");
            Files.writeString(corpus.resolve("rivers.txt"), "The river Aldwater floods every spring after the snow melts in the mountains.\n");
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> WORK.resolve("corpus").toString());
        registry.add("footnote.index.dir", () -> WORK.resolve("index").toString());
        registry.add("footnote.corpus.watch-interval", () -> "200ms");
        registry.add("footnote.index.retry-backoff", () -> "200ms");
        registry.add("footnote.index.retry-backoff-max", () -> "500ms");
        registry.add("footnote.embedding.provider", () -> "openai");
        registry.add("footnote.embedding.base-url", () -> fake.baseUrl() + "/v1");
        registry.add("footnote.embedding.model", () -> "text-embedding-3-small");
        registry.add("footnote.embedding.connect-timeout", () -> "1s");
        registry.add("footnote.embedding.timeout", () -> "2s");
        registry.add("footnote.embedding.max-retries", () -> "0");
        registry.add("management.endpoint.health.show-details", () -> "always");
    }

    @AfterAll
    static void stop() {
        fake.stop();
    }

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void searchAndChatDegradeToBm25AndIndexingPausesThenResumesByItself() throws Exception {
        int embeddingPort = fake.port();
        fake.stop();
        try {
            JsonNode search = get("/api/search?q=" + enc("lighthouses coast"), 200);
            assertThat(search.get("hits")).isNotEmpty();
            assertThat(search.get("hits").get(0).get("text").asText()).startsWith("Lighthouses");
            assertThat(search.get("warnings").toString()).contains("BM25").contains("embedding server");

            JsonNode chat = post("/api/chat", "{\"message\": \"What floods every spring?\"}", 200);
            assertThat(chat.get("answer").asText()).contains("river");
            assertThat(chat.get("warnings").toString()).contains("embedding server");

            HttpResponse<String> dense = send(HttpRequest.newBuilder(uri("/api/search?q=river&mode=dense")).build());
            assertThat(dense.statusCode()).as(dense.body()).isEqualTo(503);
            assertThat(dense.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            assertThat(dense.body()).contains("embedding server").contains("mode=bm25");

            Files.writeString(WORK.resolve("corpus/glaciers.txt"), "Glaciers retreat in warm summers.\n");
            JsonNode paused = await("/api/index", n -> "paused".equals(n.path("state").asText()));
            assertThat(paused.get("reason").asText()).contains("embedding server");
            JsonNode health = get("/actuator/health", 200);
            assertThat(health.get("status").asText()).isEqualTo("UP");
            assertThat(health.at("/components/index/details/indexing").asText()).isEqualTo("paused");
            assertThat(health.at("/components/index/details/reason").asText()).contains("embedding server");
            JsonNode glaciers = get("/api/documents", 200).get("documents");
            assertThat(glaciers.toString()).contains("glaciers.txt").doesNotContain("\"failed\"");
        } finally {
            fake = new FakeEmbeddingServer(32, embeddingPort);
        }

        // Back again: the worker's own retry finds it; nothing was marked failed, nothing restarted.
        await("/api/index", n -> "ready".equals(n.path("state").asText()));
        assertThat(get("/api/index", 200).get("reason").isNull()).isTrue();
        JsonNode search = get("/api/search?q=" + enc("glaciers summers") + "&mode=dense", 200);
        assertThat(search.get("hits").get(0).get("text").asText()).startsWith("Glaciers");
        assertThat(search.get("warnings")).isEmpty();
        assertThat(get("/actuator/health", 200).at("/components/index/details/embeddingServer").asText()).isEqualTo("reachable");
    }

    private JsonNode await(String path, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = get(path, 200);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never met the condition; last: " + last);
    }

    private JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private JsonNode post(String path, String body, int status) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
