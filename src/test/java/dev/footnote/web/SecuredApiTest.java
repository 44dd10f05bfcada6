package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** API keys, roles, rate limits, CORS and health details on a server that requires keys (issue 12, items 18–21). */
@SecuredServerTest
@ExtendWith(OutputCaptureExtension.class)
class SecuredApiTest {

    private static final String QUESTION = "{\"message\": \"What did Vucevic say about the armed forces and police?\"}";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withoutAKeyTheApiIs401AndSaysHowToSendOne() throws Exception {
        HttpResponse<String> chat = send(post("/api/chat", QUESTION));
        assertThat(chat.statusCode()).isEqualTo(401);
        assertThat(chat.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(chat.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"footnote\"");
        assertThat(json.readTree(chat.body()).get("detail").asText()).contains("Authorization: Bearer");
        assertThat(send(get("/api/search?q=Kosovo")).statusCode()).isEqualTo(401);
        assertThat(send(get("/api/passages/x")).statusCode()).isEqualTo(401);
        assertThat(send(get("/actuator/info")).statusCode()).isEqualTo(401);

        HttpResponse<String> models = send(get("/v1/models"));
        assertThat(models.statusCode()).isEqualTo(401);
        JsonNode error = json.readTree(models.body());
        assertThat(error.at("/error/code").asText()).isEqualTo("invalid_api_key");
        assertThat(error.at("/error/type").asText()).isEqualTo("authentication_error");
    }

    @Test
    void aWrongKeyIs401AndNeitherKeyIsLogged(CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(post("/api/chat", QUESTION).header("Authorization", "Bearer wrong-key-123456"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
        assertThat(json.readTree(response.body()).get("title").asText()).isEqualTo("Invalid API key");
        assertThat(send(get("/api/documents").header("Authorization", "Basic " + SecuredServerTest.READER)).statusCode())
                .isEqualTo(401);
        send(get("/api/documents").header("Authorization", "Bearer " + SecuredServerTest.READER));

        assertThat(output.getAll()).contains("Refused POST /api/chat: unknown API key")
                .doesNotContain("wrong-key-123456").doesNotContain(SecuredServerTest.READER);
    }

    @Test
    void aReaderAsksSearchesAndReadsAndControllersSeeTheKeysNameNotTheKey() throws Exception {
        HttpResponse<String> chat = send(post("/api/chat", QUESTION).header("Authorization", "Bearer " + SecuredServerTest.READER));
        assertThat(chat.statusCode()).as(chat.body()).isEqualTo(200);
        String passageId = json.readTree(chat.body()).at("/citations/0/passageId").asText();
        assertThat(send(reader(get("/api/passages/" + passageId))).statusCode()).isEqualTo(200);
        assertThat(send(reader(get("/api/search?q=Kosovo"))).statusCode()).isEqualTo(200);
        assertThat(send(get("/v1/models").header("Authorization", "bearer " + SecuredServerTest.READER)).statusCode())
                .isEqualTo(200);

        JsonNode me = json.readTree(send(reader(get(WhoAmIFixture.PATH))).body());
        assertThat(me.get("name").asText()).isEqualTo("alice");
        assertThat(me.get("reader").asBoolean()).isTrue();
        assertThat(me.get("editor").asBoolean()).isFalse();
        JsonNode editor = json.readTree(send(get(WhoAmIFixture.PATH).header("Authorization", "Bearer " + SecuredServerTest.EDITOR)).body());
        assertThat(editor.get("name").asText()).isEqualTo("erin");
        assertThat(editor.get("editor").asBoolean()).isTrue();
    }

    @Test
    void changingDocumentsNeedsAnEditorKey() throws Exception {
        for (HttpRequest.Builder change : new HttpRequest.Builder[] {
                post("/api/documents", "{}"), HttpRequest.newBuilder(uri("/api/documents/abc")).DELETE(),
                HttpRequest.newBuilder(uri("/api/documents/abc")).PUT(HttpRequest.BodyPublishers.ofString("x")),
                HttpRequest.newBuilder(uri("/api/documents/abc?file=true")).DELETE(),
                HttpRequest.newBuilder(uri("/api/documents/abc/include")).POST(HttpRequest.BodyPublishers.noBody())}) {
            HttpRequest asReader = change.copy().header("Authorization", "Bearer " + SecuredServerTest.READER).build();
            HttpResponse<String> refused = http.send(asReader, HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(asReader.method() + " " + asReader.uri()).isEqualTo(403);
            assertThat(json.readTree(refused.body()).get("detail").asText()).contains("editor");

            HttpRequest asEditor = change.copy().header("Authorization", "Bearer " + SecuredServerTest.EDITOR).build();
            assertThat(http.send(asEditor, HttpResponse.BodyHandlers.ofString()).statusCode()).isNotIn(401, 403);
        }
        assertThat(send(reader(get("/api/documents"))).statusCode()).isEqualTo(200);
    }

    @Test
    void aMultipartUploadNeedsAnEditorKeyAndIsNotHeldToTheBodyLimit() throws Exception {
        // 100 KB, over this server's 64 KB body limit; an unsupported type, so nothing is written into the seed corpus.
        String boundary = "footnote-test-boundary";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tool.exe\"\r\n\r\n"
                + "x".repeat(100 * 1024) + "\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest.Builder upload = HttpRequest.newBuilder(uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        assertThat(send(upload.copy())).extracting(HttpResponse::statusCode).isEqualTo(401);
        assertThat(send(reader(upload.copy())).statusCode()).isEqualTo(403);
        HttpResponse<String> asEditor = send(upload.copy().header("Authorization", "Bearer " + SecuredServerTest.EDITOR));
        assertThat(asEditor.statusCode()).as(asEditor.body()).isEqualTo(415);
        assertThat(send(HttpRequest.newBuilder(uri("/api/documents/unknown-id")).DELETE()
                .header("Authorization", "Bearer " + SecuredServerTest.READER)).statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(uri("/api/documents/unknown-id")).DELETE()
                .header("Authorization", "Bearer " + SecuredServerTest.EDITOR)).statusCode()).isEqualTo(404);
    }

    @Test
    void thePageItselfNeedsNoKey() throws Exception {
        for (String path : new String[] {"/", "/index.html", "/auth.js", "/app.js", "/app.css"}) {
            assertThat(send(get(path)).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void healthDetailsOnlyForACallerWithAKey() throws Exception {
        HttpResponse<String> anonymous = send(get("/actuator/health"));
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("details");

        JsonNode health = json.readTree(send(reader(get("/actuator/health"))).body());
        assertThat(health.at("/components/index/details/documents").asInt()).isEqualTo(1);
        assertThat(health.at("/components/index/details/passages").asInt()).isEqualTo(4);
        assertThat(health.at("/components/diskSpace/details/total").asLong()).isPositive();
    }

    @Test
    void overTheRateLimitIs429WithRetryAfter() throws Exception {
        int allowed = 0;
        HttpResponse<String> limited = null;
        for (int i = 0; i < SecuredServerTest.PER_MINUTE + 5 && limited == null; i++) {
            HttpResponse<String> response = send(get("/api/documents").header("Authorization", "Bearer " + SecuredServerTest.BURST));
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(SecuredServerTest.PER_MINUTE);
        assertThat(limited).isNotNull();
        assertThat(limited.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);

        HttpResponse<String> openAi = send(get("/v1/models").header("Authorization", "Bearer " + SecuredServerTest.BURST));
        assertThat(openAi.statusCode()).isEqualTo(429);
        assertThat(json.readTree(openAi.body()).at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
        // Another key has its own allowance.
        assertThat(send(reader(get("/api/documents"))).statusCode()).isEqualTo(200);
    }

    @Test
    void anAllowedOriginsPreflightSucceedsWithoutAKeyAndOthersAreRefused() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/v1/chat/completions"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", SecuredServerTest.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, x-stainless-os"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SecuredServerTest.ALLOWED_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("authorization");

        HttpResponse<String> call = send(post("/api/chat", QUESTION).header("Origin", SecuredServerTest.ALLOWED_ORIGIN)
                .header("Authorization", "Bearer " + SecuredServerTest.READER));
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SecuredServerTest.ALLOWED_ORIGIN);

        HttpResponse<String> other = send(HttpRequest.newBuilder(uri("/api/chat"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theConfiguredBodyLimitApplies() throws Exception {
        String body = "{\"message\": \"" + "a ".repeat(40_000) + "\"}";
        HttpResponse<String> response = send(post("/api/chat", body).header("Authorization", "Bearer " + SecuredServerTest.READER));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("65536 bytes");
    }

    private HttpRequest.Builder reader(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + SecuredServerTest.READER);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
