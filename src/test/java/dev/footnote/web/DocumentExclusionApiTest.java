package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.corpus.StableIds;

/**
 * Deleting a document of the user's own folder excludes it and leaves the file alone; only
 * {@code ?file=true} deletes the file; an excluded file stays excluded when it changes or comes back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentExclusionApiTest {

    private static final Path WORK = createWorkDir();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> WORK.resolve("corpus").toString());
        registry.add("footnote.index.dir", () -> WORK.resolve("index").toString());
        registry.add("footnote.corpus.watch-interval", () -> "200ms");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("db/conversations").toAbsolutePath());
    }

    private static Path createWorkDir() {
        try {
            Path dir = Files.createTempDirectory("footnote-exclusion-api-");
            Files.createDirectories(dir.resolve("corpus/notes"));
            Files.writeString(dir.resolve("corpus/notes/lighthouse.txt"),
                    "The Tarnwick lighthouse was painted ochre in 1911 by the harbour board.\n");
            Files.writeString(dir.resolve("corpus/notes/ferry.txt"),
                    "The Dunmere ferry carries forty cars across the sound every hour.\n");
            return dir;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deletingTheUsersOwnFileExcludesItLeavesItOnDiskAndIncludeUndoesIt() throws Exception {
        String id = StableIds.documentId("notes/lighthouse.txt");
        awaitStatus(id, "indexed");
        assertThat(searchFinds("Tarnwick lighthouse ochre", id)).isTrue();

        assertThat(delete(id, "").statusCode()).isEqualTo(204);
        assertThat(WORK.resolve("corpus/notes/lighthouse.txt")).exists();
        assertThat(searchFinds("Tarnwick lighthouse ochre", id)).as("hidden at once").isFalse();
        JsonNode excluded = get("/api/documents/" + id, 200);
        assertThat(excluded.get("status").asText()).isEqualTo("excluded");
        assertThat(excluded.get("path").asText()).isEqualTo("notes/lighthouse.txt");
        assertThat(get("/api/documents", 200).get("documents"))
                .anySatisfy(d -> assertThat(d.get("status").asText() + " " + d.get("documentId").asText()).isEqualTo("excluded " + id));
        HttpResponse<String> twice = delete(id, "");
        assertThat(twice.statusCode()).isEqualTo(404);
        assertThat(twice.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        // Changed on disk, then taken away and put back: still excluded, never indexed again.
        Files.writeString(WORK.resolve("corpus/notes/lighthouse.txt"),
                "The Tarnwick lighthouse was painted ochre in 1911, and white again in 1950.\n");
        Thread.sleep(1_500);
        Files.delete(WORK.resolve("corpus/notes/lighthouse.txt"));
        Thread.sleep(1_000);
        Files.writeString(WORK.resolve("corpus/notes/lighthouse.txt"),
                "The Tarnwick lighthouse was painted ochre in 1911, and grey in 1960.\n");
        Thread.sleep(1_500);
        assertThat(get("/api/documents/" + id, 200).get("status").asText()).isEqualTo("excluded");
        assertThat(searchFinds("Tarnwick lighthouse grey", id)).isFalse();

        HttpResponse<String> included = send(HttpRequest.newBuilder(uri("/api/documents/" + id + "/include"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(included.statusCode()).as(included.body()).isEqualTo(200);
        awaitStatus(id, "indexed");
        assertThat(searchFinds("Tarnwick lighthouse grey", id)).as("indexed as the file is now").isTrue();
        assertThat(send(HttpRequest.newBuilder(uri("/api/documents/" + id + "/include"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).as("not excluded any more").isEqualTo(404);
    }

    @Test
    void onlyFileTrueDeletesTheUsersOwnFileAndAnUnknownIdIs404() throws Exception {
        String id = StableIds.documentId("notes/ferry.txt");
        awaitStatus(id, "indexed");
        assertThat(delete(id, "?file=true").statusCode()).isEqualTo(204);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (Files.exists(WORK.resolve("corpus/notes/ferry.txt")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(WORK.resolve("corpus/notes/ferry.txt")).doesNotExist();
        assertThat(delete(id, "?file=true").statusCode()).isEqualTo(404);
        assertThat(delete("no-such-document", "").statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("/api/documents/no-such-document/include"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(404);
    }

    private boolean searchFinds(String query, String documentId) throws Exception {
        JsonNode hits = get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&limit=5&mode=bm25", 200).get("hits");
        for (JsonNode hit : hits) {
            if (hit.get("documentId").asText().equals(documentId)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode awaitStatus(String id, String expected) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/documents/" + id)).GET().build());
        while (!(response.statusCode() == 200 && json.readTree(response.body()).get("status").asText().equals(expected))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = send(HttpRequest.newBuilder(uri("/api/documents/" + id)).GET().build());
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode status = json.readTree(response.body());
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo(expected);
        return status;
    }

    private HttpResponse<String> delete(String id, String query) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/documents/" + id + query)).DELETE().build());
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET().build());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
