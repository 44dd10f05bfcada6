package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Input that used to give a 500, an HTML page or an unchecked answer (issue 12, items 6–11), each
 * answered now with a precise 4xx problem detail, or an OpenAI error object under {@code /v1}.
 */
@FootnoteServerTest
class HardeningApiTest {

    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    // ---- 6. text with nothing to embed ----

    @Test
    void textWithNothingToEmbedIsRefusedOnEveryEndpoint() throws Exception {
        for (String text : List.of("\u200b", "\ufeff", "\u0000", "\u0085", "\u0301\u0308", "\ud800", "\ufffd", " \u200b\t")) {
            String quoted = escaped(text);
            JsonNode chat = problem(post("/api/chat", "{\"message\": " + quoted + "}"), 400);
            assertThat(chat.get("detail").asText()).contains("no letters, digits or symbols");
            problem(post("/api/positions", "{\"topic\": " + quoted + "}"), 400);
            openAiError(post("/v1/chat/completions",
                    "{\"model\": \"footnote\", \"messages\": [{\"role\": \"user\", \"content\": " + quoted + "}]}"), 400);
        }
        for (String q : List.of("%00", "%E2%80%8B", "%EF%BB%BF", "%C2%85", "%FF%FE", "%ED%A0%80", "%CC%81")) {
            problem(get("/api/search?q=" + q), 400);
        }
    }

    @Test
    void aStreamRefusesTextWithNothingToEmbedWithAnErrorEvent() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/chat/stream"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"\\u200b\"}")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("event:error").contains("\"status\":400").doesNotContain("\"status\":500");
    }

    @Test
    void textWithWordsAmongInvisibleCharactersIsStillAnswered() throws Exception {
        HttpResponse<String> response = post("/api/chat", "{\"message\": \"\\u200bWhat did Vucevic say about the armed forces?\\u0000\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("grounded").asBoolean()).isTrue();
    }

    // ---- 7. /v1 message lists that threw ----

    @Test
    void aNullMessageOrADuplicateKeyIsA400NamingTheMessage() throws Exception {
        JsonNode nullMessage = openAiError(post("/v1/chat/completions", "{\"model\":\"footnote\",\"messages\":[null]}"), 400);
        assertThat(nullMessage.at("/error/message").asText()).contains("messages[0]");
        assertThat(nullMessage.at("/error/param").asText()).isEqualTo("messages");

        JsonNode duplicate = openAiError(post("/v1/chat/completions",
                "{\"model\":\"footnote\",\"messages\":[{\"role\":\"user\",\"content\":\"a\",\"content\":\"b\"}]}"), 400);
        assertThat(duplicate.at("/error/message").asText()).contains("Duplicate field 'content'");
        problem(post("/api/chat", "{\"message\":\"Kosovo\",\"message\":\"Serbia\"}"), 400);
    }

    // ---- 8. a wildcard or broken Content-Type ----

    @Test
    void aWildcardOrMalformedContentTypeIs415() throws Exception {
        for (String type : List.of("*/*", "application/*", "not a media type", ";;")) {
            for (String path : List.of("/api/chat", "/api/positions", "/api/chat/stream")) {
                problem(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"hi\"}"))), 415);
            }
            openAiError(send(HttpRequest.newBuilder(uri("/v1/chat/completions")).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))), 415);
        }
    }

    // ---- 9. wrong JSON types ----

    @Test
    void aWrongJsonTypeIsRefusedNamingTheFieldAndTheEndpointsExample() throws Exception {
        JsonNode number = problem(post("/api/chat", "{\"message\": 42}"), 400);
        assertThat(number.get("detail").asText()).contains("'message' must be a string").contains("{\"message\": \"your question\"");
        problem(post("/api/chat", "{\"message\": true}"), 400);
        problem(post("/api/chat", "{\"message\": [\"a\"]}"), 400);

        JsonNode actors = problem(post("/api/positions", "{\"topic\": \"Kosovo\", \"actors\": \"x\"}"), 400);
        assertThat(actors.get("detail").asText()).contains("'actors' must be an array").contains("\"topic\": \"Kosovo\"")
                .doesNotContain("your question");
        JsonNode actor = problem(post("/api/positions", "{\"topic\": \"Kosovo\", \"actors\": [1]}"), 400);
        assertThat(actor.get("detail").asText()).contains("'actors[0]' must be a string");

        JsonNode model = openAiError(post("/v1/chat/completions", "{\"model\": 7, \"messages\": []}"), 400);
        assertThat(model.at("/error/param").asText()).isEqualTo("model");
        assertThat(model.at("/error/message").asText()).contains("\"model\": \"footnote\"");
    }

    // ---- 10. every error in the API's own shape ----

    @Test
    void aUrlOverTheHeaderLimitIsAProblemNotTomcatsPage() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + "a".repeat(9_000));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(contentType(response)).startsWith(PROBLEM);
        assertThat(response.body()).doesNotContain("<html").doesNotContain("Tomcat");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void connectAndUnknownMethodsAreProblems() throws Exception {
        String connect = raw("CONNECT / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(connect).startsWith("HTTP/1.1 501").containsIgnoringCase("Content-Type: application/problem+json")
                .doesNotContain("<html");
        problem(send(HttpRequest.newBuilder(uri("/")).PUT(HttpRequest.BodyPublishers.ofString("x"))), 405);
        problem(send(HttpRequest.newBuilder(uri("/api/chat")).DELETE()), 405);
        problem(send(HttpRequest.newBuilder(uri("/api/chat")).method("PATCH", HttpRequest.BodyPublishers.noBody())), 405);
    }

    @Test
    void theErrorPathItselfIsNotFound() throws Exception {
        JsonNode problem = problem(get("/error"), 404);
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        problem(get("/no/such/page"), 404);
    }

    @Test
    void unknownV1RoutesAnswerAsOpenAiDoes() throws Exception {
        JsonNode responses = openAiError(get("/v1/responses"), 404);
        assertThat(responses.at("/error/message").asText()).contains("Invalid URL (GET /v1/responses)");
        openAiError(post("/v1/embeddings", "{\"input\": \"x\"}"), 404);
        openAiError(send(HttpRequest.newBuilder(uri("/v1/chat/completions")).GET()), 405);
    }

    @Test
    void parametersFootnoteCannotHonourAreRefusedByName() throws Exception {
        String messages = "\"model\": \"footnote\", \"messages\": [{\"role\": \"user\", \"content\": \"Kosovo?\"}]";
        assertThat(openAiError(post("/v1/chat/completions", "{" + messages + ", \"tools\": [{\"type\": \"function\"}]}"), 400)
                .at("/error/param").asText()).isEqualTo("tools");
        assertThat(openAiError(post("/v1/chat/completions", "{" + messages + ", \"response_format\": {\"type\": \"json_object\"}}"), 400)
                .at("/error/param").asText()).isEqualTo("response_format");
        assertThat(openAiError(post("/v1/chat/completions", "{" + messages + ", \"functions\": [{\"name\": \"f\"}]}"), 400)
                .at("/error/param").asText()).isEqualTo("functions");
        assertThat(openAiError(post("/v1/chat/completions", "{" + messages + ", \"n\": 2}"), 400)
                .at("/error/param").asText()).isEqualTo("n");
        HttpResponse<String> text = post("/v1/chat/completions", "{" + messages + ", \"response_format\": {\"type\": \"text\"}, \"tools\": []}");
        assertThat(text.statusCode()).as(text.body()).isEqualTo(200);
    }

    // ---- 11. sizes ----

    @Test
    void aBodyOverTheLimitIs413WithOrWithoutContentLength() throws Exception {
        String big = "{\"message\": \"" + "a ".repeat(600_000) + "\"}";
        JsonNode declared = problem(post("/api/chat", big), 413);
        assertThat(declared.get("detail").asText()).contains("1048576 bytes");
        problem(send(HttpRequest.newBuilder(uri("/api/chat")).header("Content-Type", "application/json")
                .POST(chunked(big))), 413);
        assertThat(openAiError(send(HttpRequest.newBuilder(uri("/v1/chat/completions")).header("Content-Type", "application/json")
                .POST(chunked("{\"model\": \"footnote\", \"messages\": [{\"role\": \"user\", \"content\": \"" + "a ".repeat(600_000) + "\"}]}"))),
                413).at("/error/code").asText()).isEqualTo("request_too_large");
    }

    @Test
    void multipartAnywhereButTheUploadPathIs415EvenChunked() throws Exception {
        String part = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n"
                + "x".repeat(200_000) + "\r\n--b--\r\n";
        JsonNode refused = problem(send(HttpRequest.newBuilder(uri("/api/chat"))
                .header("Content-Type", "multipart/form-data; boundary=b").POST(chunked(part))), 415);
        assertThat(refused.get("detail").asText()).contains("/api/documents");
    }

    @Test
    void aConversationIdOfTheWrongFormIsRefusedWithoutBeingEchoed() throws Exception {
        String id = "x".repeat(100_000);
        HttpResponse<String> response = post("/api/chat", "{\"message\": \"Kosovo\", \"conversationId\": \"" + id + "\"}");
        JsonNode problem = problem(response, 400);
        assertThat(problem.get("detail").asText()).contains("conversationId");
        assertThat(response.body().length()).isLessThan(1_000);
        problem(post("/api/chat", "{\"message\": \"Kosovo\", \"conversationId\": \"<script>\"}"), 400);
        problem(post("/api/chat", "{\"message\": \"Kosovo\", \"conversationId\": \"no-such-conversation\"}"), 404);
    }

    // ---- 21. headers and health ----

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (HttpResponse<String> response : List.of(get("/"), get("/app.js"), get("/api/documents"), get("/nope"),
                post("/api/chat", "{"), get("/v1/models"))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        }
    }

    @Test
    void healthShowsItsComponentsButNoDetailsToAnAnonymousCaller() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body());
        assertThat(health.at("/components/index/status").asText()).isEqualTo("UP");
        assertThat(response.body()).doesNotContain("details").doesNotContain("\"path\"").doesNotContain("total");
    }

    // ---- helpers ----

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A body without a Content-Length, so that only reading it can find it too large. */
    private static HttpRequest.BodyPublisher chunked(String body) {
        HttpRequest.BodyPublisher inner = HttpRequest.BodyPublishers.ofString(body);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                inner.subscribe(subscriber);
            }
        };
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every character as a JSON \\u escape, so that a lone surrogate reaches the server as itself, not as "?". */
    private static String escaped(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.chars().forEach(c -> quoted.append(String.format("\\u%04x", c)));
        return quoted.append('"').toString();
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertThat(contentType(response)).as(response.uri().toString()).startsWith(PROBLEM);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

    private JsonNode openAiError(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertThat(contentType(response)).startsWith("application/json");
        JsonNode error = json.readTree(response.body());
        assertThat(error.at("/error/message").asText()).isNotBlank();
        assertThat(error.at("/error/type").asText()).isNotBlank();
        return error;
    }
}
