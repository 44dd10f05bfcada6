package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/check} and its stream over the seed corpus: a briefing about the seed's statements, with a
 * correct sentence, a negated one and an invented one, besides a heading and a greeting that are not checked.
 */
@FootnoteServerTest
class CheckApiTest {

    static final String BRIEFING = """
            # Kosovo briefing

            Dear colleagues,

            The United States and the European Union issued a joint communique urging an immediate de-escalation in the Kosovo dispute. \
            Milos Vucevic said that the armed forces and police are not prepared to respond.
            The Chinese navy delivered eleven submarines to Pristina in March.
            """;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBriefingIsCheckedSentenceBySentenceWithExactOffsetsAndQuotes() throws Exception {
        JsonNode report = post("/api/check", body(BRIEFING, null), 200);

        JsonNode sentences = report.get("sentences");
        assertThat(sentences.size()).isEqualTo(3);
        List<String> verdicts = new ArrayList<>();
        for (JsonNode s : sentences) {
            verdicts.add(s.get("verdict").asText());
            assertThat(BRIEFING.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
            for (JsonNode w : s.get("unsupported")) {
                assertThat(BRIEFING.substring(w.get("start").asInt(), w.get("end").asInt())).isEqualTo(w.get("text").asText());
            }
            for (JsonNode c : s.get("citations")) {
                JsonNode passage = get("/api/passages/" + c.get("passageId").asText());
                assertThat(passage.get("text").asText().substring(c.get("start").asInt(), c.get("end").asInt()))
                        .isEqualTo(c.get("quote").asText());
                assertThat(c.get("documentId").asText()).isEqualTo(passage.get("documentId").asText());
                assertThat(c.has("marker") && c.has("source") && c.has("page")).isTrue();
            }
        }
        assertThat(verdicts).containsExactly("supported", "not_supported", "not_supported");
        assertThat(sentences.get(0).get("citations").get(0).get("quote").asText()).contains("joint communique urging");
        assertThat(sentences.get(1).get("unsupported").toString()).contains("not");
        assertThat(sentences.get(2).get("citations").isEmpty()).isTrue();
        assertThat(sentences.get(2).get("unsupported").get(0).get("text").asText()).contains("submarines");
        assertThat(report.get("counts").get("supported").asInt()).isEqualTo(1);
        assertThat(report.get("counts").get("partially_supported").asInt()).isEqualTo(0);
        assertThat(report.get("counts").get("not_supported").asInt()).isEqualTo(2);
        assertThat(report.get("warnings").isArray()).isTrue();
    }

    @Test
    void documentIdsLimitTheEvidenceAndBadOnesAreNamed() throws Exception {
        String id = get("/api/documents").findValues("documentId").get(0).asText();
        JsonNode report = post("/api/check", body(BRIEFING, List.of(id)), 200);
        assertThat(report.get("sentences").get(0).get("verdict").asText()).isEqualTo("supported");

        JsonNode unknown = post("/api/check", body("The communique urged restraint.", List.of("no-such-document")), 400);
        assertThat(unknown.get("detail").asText()).contains("'no-such-document'").contains("unknown");
    }

    @Test
    void blankAndOverlongTextsAreRefusedWithProblemDetails() throws Exception {
        assertThat(post("/api/check", body("   ", null), 400).get("detail").asText()).contains("empty");
        assertThat(post("/api/check", "{}", 400).get("detail").asText()).contains("empty");
        assertThat(post("/api/check", body("word ".repeat(4001), null), 413).get("detail").asText())
                .contains("20005").contains("20000");
    }

    @Test
    void theStreamSendsEachSentenceThenTheWholeReport() throws Exception {
        List<JsonNode[]> events = stream(body(BRIEFING, null));

        List<String> names = events.stream().map(e -> e[0].asText()).toList();
        assertThat(names).containsExactly("sentence", "sentence", "sentence", "done");
        JsonNode done = events.get(3)[1];
        for (int i = 0; i < 3; i++) {
            assertThat(events.get(i)[1]).isEqualTo(done.get("sentences").get(i));
        }
        assertThat(done.get("counts").get("supported").asInt()).isEqualTo(1);

        List<JsonNode[]> blank = stream(body("", null));
        assertThat(blank).hasSize(1);
        assertThat(blank.get(0)[0].asText()).isEqualTo("error");
        assertThat(blank.get(0)[1].get("status").asInt()).isEqualTo(400);
    }

    private String body(String text, List<String> documentIds) throws Exception {
        ObjectNode body = json.createObjectNode().put("text", text);
        if (documentIds != null) {
            documentIds.forEach(body.putArray("documentIds")::add);
        }
        return json.writeValueAsString(body);
    }

    private JsonNode post(String path, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo(expectedStatus >= 400 ? "application/problem+json" : "application/json");
        return json.readTree(response.body());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** The events of {@code POST /api/check/stream}: each as {name, data}. */
    private List<JsonNode[]> stream(String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/check/stream"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode[]> events = new ArrayList<>();
        for (String block : response.body().split("\\r?\\n\\r?\\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\\r?\\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            if (name != null) {
                events.add(new JsonNode[] {json.getNodeFactory().textNode(name), json.readTree(data.toString())});
            }
        }
        return events;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
