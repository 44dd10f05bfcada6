package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.FootnoteApplication;

/**
 * The conversations API against the whole application, started and stopped by the test so that a
 * restart is a real one: a new Spring context, a new server, the same database file. API keys are
 * stood in for by a test filter that makes the {@code Test-Key} header the request's principal,
 * as the security filter does with a key's id.
 */
class ConversationsApiTest {

    private static final String QUESTION = "What did Vucevic say about the armed forces and police?";

    /** One index for the class, so that only the first start builds it; a database per test. */
    @TempDir
    static Path index;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ConfigurableApplicationContext app;

    /** A stand-in for the API-key filter: {@code Test-Key: k} makes "k" the principal's name. */
    @Configuration(proxyBeanMethods = false)
    static class KeyPrincipal {
        @Bean
        Filter testKeyPrincipal() {
            return (request, response, chain) -> {
                String key = ((HttpServletRequest) request).getHeader("Test-Key");
                if (key == null) {
                    chain.doFilter(request, response);
                    return;
                }
                Principal principal = () -> key;
                chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) request) {
                    @Override
                    public Principal getUserPrincipal() {
                        return principal;
                    }
                }, response);
            };
        }
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aConversationWithItsCitationsSurvivesARestart() throws Exception {
        start();
        JsonNode first = send("POST", "/api/chat", Map.of("message", QUESTION), null, 200);
        String id = first.get("conversationId").asText();
        JsonNode second = send("POST", "/api/chat", Map.of("message", "And what did he say about Kosovo?", "conversationId", id), null, 200);
        assertThat(first.get("citations").size()).isPositive();

        app.close();
        start();

        JsonNode list = send("GET", "/api/conversations", null, null, 200).get("conversations");
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("id").asText()).isEqualTo(id);
        assertThat(list.get(0).get("title").asText()).isEqualTo(QUESTION);
        assertThat(list.get(0).get("turns").asInt()).isEqualTo(2);
        JsonNode conversation = send("GET", "/api/conversations/" + id, null, null, 200);
        assertThat(conversation.get("turns").size()).isEqualTo(2);
        JsonNode turn = conversation.get("turns").get(0);
        assertThat(turn.get("message").asText()).isEqualTo(QUESTION);
        assertThat(turn.get("answer").asText()).isEqualTo(first.get("answer").asText());
        assertThat(turn.get("citations")).isEqualTo(first.get("citations"));
        assertThat(turn.get("answered").asText()).isNotBlank();
        assertThat(conversation.get("turns").get(1).get("retrievalQuery").asText()).isEqualTo(second.get("retrievalQuery").asText());

        // The restarted server goes on with the conversation: the follow-up still sees the earlier turns.
        JsonNode third = send("POST", "/api/chat", Map.of("message", "Did he mention the police?", "conversationId", id), null, 200);
        assertThat(third.get("conversationId").asText()).isEqualTo(id);
        assertThat(third.get("retrievalQuery").asText()).contains("Vucevic");
    }

    @Test
    void eachKeySeesOnlyItsOwnConversationsAndCanRenameAndDeleteThem() throws Exception {
        start();
        String mine = send("POST", "/api/chat", Map.of("message", QUESTION), "key-a", 200).get("conversationId").asText();
        String theirs = send("POST", "/api/chat", Map.of("message", "Who urged restraint?"), "key-b", 200).get("conversationId").asText();
        send("POST", "/api/chat", Map.of("message", "Who urged restraint?"), null, 200);

        assertThat(ids(send("GET", "/api/conversations", null, "key-a", 200))).containsExactly(mine);
        assertThat(ids(send("GET", "/api/conversations", null, "key-b", 200))).containsExactly(theirs);
        assertThat(ids(send("GET", "/api/conversations", null, null, 200))).doesNotContain(mine, theirs).hasSize(1);

        // Another key's conversation is not found, whatever the method; so is continuing it.
        assertThat(send("GET", "/api/conversations/" + mine, null, "key-b", 404).get("detail").asText()).contains(mine);
        send("PATCH", "/api/conversations/" + mine, Map.of("title", "stolen"), "key-b", 404);
        send("DELETE", "/api/conversations/" + mine, null, "key-b", 404);
        send("POST", "/api/chat", Map.of("message", "And the police?", "conversationId", mine), "key-b", 404);

        JsonNode renamed = send("PATCH", "/api/conversations/" + mine, Map.of("title", "  Vucevic on the army "), "key-a", 200);
        assertThat(renamed.get("title").asText()).isEqualTo("Vucevic on the army");
        assertThat(send("PATCH", "/api/conversations/" + mine, Map.of("title", " "), "key-a", 400).get("detail").asText())
                .contains("must not be empty");
        assertThat(send("PATCH", "/api/conversations/" + mine, Map.of("title", "x".repeat(121)), "key-a", 400).get("detail").asText())
                .contains("limit is 120");
        send("DELETE", "/api/conversations/" + mine, null, "key-a", 204);
        send("GET", "/api/conversations/" + mine, null, "key-a", 404);
        assertThat(ids(send("GET", "/api/conversations", null, "key-a", 200))).isEmpty();
    }

    private void start() {
        // As arguments, since builder properties are defaults that application.yml overrides.
        app = new SpringApplicationBuilder(FootnoteApplication.class, KeyPrincipal.class, dev.footnote.index.AwaitFirstIndexing.class)
                .run("--server.port=0", "--footnote.corpus.dir=corpus", "--footnote.index.dir=" + index,
                        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/conversations").toAbsolutePath());
    }

    private int port() {
        return ((ServletWebServerApplicationContext) app).getWebServer().getPort();
    }

    private static java.util.List<String> ids(JsonNode list) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        list.get("conversations").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    private JsonNode send(String method, String path, Object body, String key, int status) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Test-Key", key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }
}
