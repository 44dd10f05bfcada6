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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.FootnoteApplication;
import dev.footnote.corpus.StableIds;
import dev.footnote.index.AwaitFirstIndexing;

/**
 * An exclusion outlives a restart of the app on the same index folder, and the file's change while the app was
 * stopped; the list an older version kept beside the index ({@code index.excluded}) is moved into the index once.
 */
class DocumentExclusionRestartTest {

    @TempDir
    Path dir;

    private ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anExcludedFileStaysExcludedAcrossARestartAndAChangeOnDisk() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus/notes"));
        Files.writeString(corpus.resolve("lighthouse.txt"), "The Tarnwick lighthouse was painted ochre in 1911.\n");
        Files.writeString(corpus.resolve("ferry.txt"), "The Dunmere ferry carries forty cars every hour.\n");
        Files.writeString(corpus.resolve("mill.txt"), "The Oakhurst mill ground barley until 1932.\n");
        // What an older version kept beside the index: moved into the index's records at the first start.
        Files.writeString(dir.resolve("index.excluded"), "notes/mill.txt\n");
        String lighthouse = StableIds.documentId("notes/lighthouse.txt");
        String mill = StableIds.documentId("notes/mill.txt");

        start();
        assertThat(dir.resolve("index.excluded")).as("moved into the index once").doesNotExist();
        assertThat(status(mill)).isEqualTo("excluded");
        assertThat(finds("Oakhurst mill barley", mill)).isFalse();
        assertThat(status(lighthouse)).isEqualTo("indexed");
        assertThat(delete(lighthouse)).isEqualTo(204);
        assertThat(delete(lighthouse)).as("a second DELETE").isEqualTo(404);
        app.close();
        app = null;

        Files.writeString(corpus.resolve("lighthouse.txt"), "The Tarnwick lighthouse was painted grey in 1960.\n");
        start();
        assertThat(status(lighthouse)).isEqualTo("excluded");
        assertThat(status(mill)).isEqualTo("excluded");
        assertThat(finds("Tarnwick lighthouse grey", lighthouse)).isFalse();
        assertThat(dir.resolve("index.excluded")).as("kept by the index, not beside it").doesNotExist();
        assertThat(corpus.resolve("lighthouse.txt")).exists();

        HttpResponse<String> included = send(HttpRequest.newBuilder(uri("/api/documents/" + lighthouse + "/include"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(included.statusCode()).as(included.body()).isEqualTo(200);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!status(lighthouse).equals("indexed") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(finds("Tarnwick lighthouse grey", lighthouse)).as("indexed as the file is now").isTrue();
    }

    private void start() {
        app = new SpringApplicationBuilder(FootnoteApplication.class, AwaitFirstIndexing.class)
                .run("--server.port=0", "--footnote.corpus.dir=" + dir.resolve("corpus"), "--footnote.index.dir=" + dir.resolve("index"),
                        "--footnote.corpus.watch-interval=200ms",
                        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/conversations").toAbsolutePath());
    }

    private String status(String id) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/documents/" + id)).GET().build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("status").asText();
    }

    private int delete(String id) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/documents/" + id)).DELETE().build()).statusCode();
    }

    private boolean finds(String query, String documentId) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/search?mode=bm25&limit=5&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET().build());
        for (JsonNode hit : json.readTree(response.body()).get("hits")) {
            if (hit.get("documentId").asText().equals(documentId)) {
                return true;
            }
        }
        return false;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }
}
