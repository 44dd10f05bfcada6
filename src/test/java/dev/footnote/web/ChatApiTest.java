package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The HTTP API end to end over the seed corpus, on a random port, as a client sees it. */
@FootnoteServerTest
class ChatApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aQuestionIsAnsweredWithQuotesFromTheRightParagraph() throws Exception {
        JsonNode answer = postChat("{\"message\": \"What did Vucevic say about the armed forces and police?\"}", 200);

        assertThat(answer.get("grounded").asBoolean()).isTrue();
        assertThat(answer.get("mode").asText()).isEqualTo("extractive");
        assertThat(answer.get("conversationId").asText()).isNotBlank();
        JsonNode citations = answer.get("citations");
        assertThat(citations.size()).isBetween(1, 3);
        JsonNode first = citations.get(0);
        assertThat(first.get("marker").asInt()).isEqualTo(1);
        assertThat(first.get("source").asText()).isEqualTo("statements by Milos Vucevic on security posture and negotiation options, 2023–2024");
        assertThat(first.get("quote").asText()).contains("armed forces and police are prepared");
        for (JsonNode citation : citations) {
            JsonNode passage = get("/api/passages/" + citation.get("passageId").asText(), 200);
            String text = passage.get("text").asText();
            assertThat(text.substring(citation.get("start").asInt(), citation.get("end").asInt()))
                    .isEqualTo(citation.get("quote").asText());
            assertThat(passage.get("documentId").asText()).isEqualTo(citation.get("documentId").asText());
            assertThat(answer.get("answer").asText()).contains(citation.get("quote").asText() + " [" + citation.get("marker").asInt() + "]");
        }
    }

    @Test
    void typographicVariantsOfTheQuestionFindTheSameParagraph() throws Exception {
        JsonNode ascii = postChat("{\"message\": \"Who urged de-escalation in Kosovo?\"}", 200);
        JsonNode unicode = postChat("{\"message\": \"Who urged de\u2011escalation in Kosovo?\"}", 200);

        assertThat(ascii.get("citations").get(0).get("passageId"))
                .isEqualTo(unicode.get("citations").get(0).get("passageId"));
        assertThat(ascii.get("citations").get(0).get("quote").asText()).contains("joint communique urging an immediate de\u2011escalation");
    }

    @Test
    void anOffTopicQuestionIsNotGrounded() throws Exception {
        JsonNode answer = postChat("{\"message\": \"What is the capital of France?\"}", 200);

        assertThat(answer.get("grounded").asBoolean()).isFalse();
        assertThat(answer.get("citations").isEmpty()).isTrue();
        assertThat(answer.get("answer").asText()).contains("does not contain");
    }

    @Test
    void aConversationIdIsKeptAcrossTurnsAndAnUnknownOneIs404() throws Exception {
        String id = postChat("{\"message\": \"Is Serbia open to negotiations?\"}", 200).get("conversationId").asText();

        JsonNode second = postChat("{\"message\": \"What did President Vucic warn of?\", \"conversationId\": \"" + id + "\"}", 200);
        assertThat(second.get("conversationId").asText()).isEqualTo(id);

        JsonNode problem = postChat("{\"message\": \"Hello?\", \"conversationId\": \"no-such-conversation\"}", 404);
        assertThat(problem.get("detail").asText()).contains("no-such-conversation");
    }

    @Test
    void badMessagesAreRejectedWithProblemDetails() throws Exception {
        assertThat(postChat("{\"message\": \"\"}", 400).get("detail").asText()).contains("empty");
        assertThat(postChat("{\"message\": \"   \\n \"}", 400).get("detail").asText()).contains("blank");
        assertThat(postChat("{}", 400).get("status").asInt()).isEqualTo(400);
        assertThat(postChat("{\"message\": \"" + "a".repeat(4001) + "\"}", 400).get("detail").asText()).contains("4000");
        assertThat(postChat("{\"message\": \"" + "a".repeat(4000) + "\"}", 200).get("grounded").asBoolean()).isFalse();
        JsonNode malformed = postChat("{\"message\": ", 400);
        assertThat(malformed.get("title").asText()).isEqualTo("Malformed request body");
        assertThat(malformed.toString()).doesNotContain("Exception").doesNotContain("at dev.");
    }

    @Test
    void passagesCanBeReadInContext() throws Exception {
        JsonNode documents = get("/api/documents", 200).get("documents");
        assertThat(documents.size()).isEqualTo(1);
        assertThat(documents.get(0).get("path").asText()).isEqualTo("kosovo-statements.txt");
        assertThat(documents.get(0).get("passages").asInt()).isEqualTo(4);

        JsonNode hit = get("/api/search?q=" + enc("Vučić warned") + "&limit=1", 200).get("hits").get(0);
        assertThat(hit.get("highlight").asText()).contains("<mark>Vucic</mark>").contains("<mark>warned</mark>");
        JsonNode last = get("/api/passages/" + hit.get("passageId").asText(), 200);
        assertThat(last.get("source").asText()).isEqualTo("remarks by President Vucic on Kosovo and Metohija, 2023–2024");
        assertThat(last.get("nextPassageId").isNull()).isTrue();

        JsonNode previous = get("/api/passages/" + last.get("previousPassageId").asText(), 200);
        assertThat(previous.get("text").asText()).contains("Milos Vucevic");
        assertThat(previous.get("nextPassageId").asText()).isEqualTo(last.get("passageId").asText());

        JsonNode missing = get("/api/passages/does-not-exist", 404);
        assertThat(missing.get("detail").asText()).contains("does-not-exist");
    }

    @Test
    void searchParametersAreValidated() throws Exception {
        assertThat(get("/api/search?q=Kosovo&limit=0", 400).get("detail").asText()).contains("limit");
        assertThat(get("/api/search?q=Kosovo&limit=abc", 400).get("status").asInt()).isEqualTo(400);
        assertThat(get("/api/search", 400).get("status").asInt()).isEqualTo(400);
        assertThat(get("/api/search?mode=bm25&q=" + enc("the of and"), 200).get("hits").isEmpty()).isTrue();
        assertThat(get("/api/search?q=Kosovo&limit=2", 200).get("hits").size()).isEqualTo(2);
    }

    @Test
    void healthReportsTheIndex() throws Exception {
        JsonNode health = get("/actuator/health", 200);

        assertThat(health.get("status").asText()).isEqualTo("UP");
        // Details (document and passage counts) need an API key: SecuredApiTest.
        assertThat(health.at("/components/index/status").asText()).isEqualTo("UP");
    }

    private JsonNode postChat(String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        return check(response, expectedStatus);
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return check(response, expectedStatus);
    }

    private JsonNode check(HttpResponse<String> response, int expectedStatus) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (expectedStatus >= 400) {
            assertThat(contentType).isEqualTo("application/problem+json");
        } else {
            assertThat(contentType).endsWith("json");
        }
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
