package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.FootnoteApplication;
import dev.footnote.index.AwaitFirstIndexing;

/**
 * Stored conversations over a changing corpus, against the whole application: an answer keeps its
 * quotes, sources and document titles after its document is deleted (its citations then say
 * {@code available: false}), and a conversation belongs to the index it was asked over, so that
 * two servers over different indexes sharing one database each see only their own.
 */
class ConversationSourcesApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String REPORT = """
            # Tarnwick Harbour Report

            The Tarnwick lighthouse was painted ochre in 1911 by the harbour board.

            The harbour board meets on the first Monday of each month in the old customs house.
            """;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anOldAnswerKeepsItsQuoteAndTitleAfterItsDocumentIsDeletedAndSaysItIsNoLongerInTheCorpus() throws Exception {
        Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(dir.resolve("corpus/ferry.txt"), "The Dunmere ferry carries forty cars across the sound every hour.\n");
        start("index");
        JsonNode uploaded = upload("harbour-report.md", REPORT).get("documents").get(0);
        String documentId = uploaded.get("documentId").asText();
        assertThat(uploaded.get("path").asText()).startsWith("uploads/");
        awaitStatus(documentId, "indexed");

        JsonNode answer = send("POST", "/api/chat", Map.of("message", "What colour was the Tarnwick lighthouse painted?"), 200);
        String conversationId = answer.get("conversationId").asText();
        assertThat(answer.get("grounded").asBoolean()).as(answer.toString()).isTrue();
        JsonNode cited = answer.get("citations").get(0);
        assertThat(cited.get("documentId").asText()).isEqualTo(documentId);
        // The document's title, not the uploads/ path of its file.
        assertThat(cited.get("documentTitle").asText()).isEqualTo("Tarnwick Harbour Report");
        assertThat(cited.get("available").asBoolean()).isTrue();
        JsonNode other = send("POST", "/api/chat", Map.of("message", "How many cars does the Dunmere ferry carry?",
                "conversationId", conversationId), 200);
        assertThat(other.get("grounded").asBoolean()).as(other.toString()).isTrue();

        assertThat(send("DELETE", "/api/documents/" + documentId, null, 204)).isNotNull();
        send("GET", "/api/passages/" + cited.get("passageId").asText(), null, 404);

        JsonNode turns = send("GET", "/api/conversations/" + conversationId, null, 200).get("turns");
        JsonNode kept = turns.get(0).get("citations").get(0);
        assertThat(kept.get("quote").asText()).isEqualTo(cited.get("quote").asText()).contains("ochre");
        assertThat(kept.get("source").asText()).isEqualTo(cited.get("source").asText());
        assertThat(kept.get("documentTitle").asText()).isEqualTo("Tarnwick Harbour Report");
        assertThat(kept.get("passageId").asText()).isEqualTo(cited.get("passageId").asText());
        assertThat(kept.get("available").asBoolean()).isFalse();
        assertThat(turns.get(0).get("answer").asText()).isEqualTo(answer.get("answer").asText());
        // The other turn cites a document still in the corpus.
        JsonNode ferry = turns.get(1).get("citations").get(0);
        assertThat(ferry.get("available").asBoolean()).isTrue();
        assertThat(ferry.get("documentTitle").asText()).isEqualTo("ferry");
    }

    @Test
    void twoIndexesSharingOneDatabaseEachListAndOpenOnlyTheirOwnConversations() throws Exception {
        Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(dir.resolve("corpus/ferry.txt"), "The Dunmere ferry carries forty cars across the sound every hour.\n");
        start("index-a");
        String asked = send("POST", "/api/chat", Map.of("message", "How many cars does the Dunmere ferry carry?"), 200)
                .get("conversationId").asText();
        app.close();

        start("index-b");
        assertThat(send("GET", "/api/conversations", null, 200).get("conversations").size()).isZero();
        assertThat(send("GET", "/api/conversations/" + asked, null, 404).get("detail").asText()).contains(asked);
        send("POST", "/api/chat", Map.of("message", "And in winter?", "conversationId", asked), 404);
        send("DELETE", "/api/conversations/" + asked, null, 404);
        app.close();

        // The same folder named another way is the same index.
        start("other/../index-a");
        JsonNode list = send("GET", "/api/conversations", null, 200).get("conversations");
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("id").asText()).isEqualTo(asked);
        assertThat(send("GET", "/api/conversations/" + asked, null, 200).get("turns").size()).isEqualTo(1);
    }

    private void start(String index) {
        app = new SpringApplicationBuilder(FootnoteApplication.class, AwaitFirstIndexing.class)
                .run("--server.port=0", "--footnote.corpus.dir=" + dir.resolve("corpus"),
                        "--footnote.index.dir=" + dir.resolve(index),
                        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/conversations").toAbsolutePath());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + ((ServletWebServerApplicationContext) app).getWebServer().getPort() + path);
    }

    private JsonNode upload(String fileName, String text) throws IOException, InterruptedException {
        String boundary = "footnote-test-boundary";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body());
    }

    private void awaitStatus(String documentId, String status) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String now = "";
        while (System.nanoTime() < deadline) {
            now = send("GET", "/api/documents/" + documentId, null, 200).get("status").asText();
            if (now.equals(status)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("document " + documentId + " is " + now + ", not " + status + ", after " + WAIT);
    }

    private JsonNode send(String method, String path, Object body, int status) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }
}
