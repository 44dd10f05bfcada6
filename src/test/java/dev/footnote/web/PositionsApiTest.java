package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The positions endpoint and the chat route to it, end to end on the seed corpus. */
@FootnoteServerTest
class PositionsApiTest {

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void positionsOnKosovo() throws Exception {
        ResponseEntity<String> response = post("/api/positions", Map.of("topic", "Kosovo"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("topic").asText()).isEqualTo("Kosovo");
        assertThat(body.get("mode").asText()).isEqualTo("extractive");
        assertThat(body.get("grounded").asBoolean()).isTrue();
        assertThat(texts(body.get("positions"), "actor"))
                .containsExactly("United States", "European Union", "Serbia", "Milos Vucevic", "Aleksandar Vucic");
        JsonNode vucic = body.get("positions").get(4);
        assertThat(texts(vucic.get("aliases"), null)).contains("Vučić", "Belgrade's leadership");
        for (JsonNode citation : vucic.get("citations")) {
            assertThat(citation.fieldNames()).toIterable()
                    .contains("marker", "passageId", "documentId", "source", "quote", "start", "end");
            // The quote is verbatim from the passage the API serves.
            JsonNode passage = json.readTree(http.getForObject("/api/passages/" + citation.get("passageId").asText(), String.class));
            assertThat(passage.get("text").asText().substring(citation.get("start").asInt(), citation.get("end").asInt()))
                    .isEqualTo(citation.get("quote").asText());
            assertThat(citation.get("source").asText()).contains("Vucic");
        }
        assertThat(body.get("agreements").size()).isPositive();
        assertThat(body.get("method").asText()).contains("points");
        // The statements grouped into points, each listing its actors' statements with the stance flag.
        assertThat(body.get("points").size()).isPositive();
        for (JsonNode point : body.get("points")) {
            assertThat(point.get("title").asText()).isNotBlank();
            assertThat(point.get("statements").size()).isPositive();
            assertThat(point.get("statements").get(0).fieldNames()).toIterable().contains("actor", "stance", "citation");
        }
        assertThat(body.get("positions").get(4).get("role").asText()).contains("President");
        // Each difference (a pair of one point) quotes two statements, one per side, verbatim.
        for (JsonNode comparison : body.get("differences")) {
            assertThat(comparison.get("citations").size()).isEqualTo(2);
            for (JsonNode citation : comparison.get("citations")) {
                assertThat(comparison.get("text").asText()).contains("“" + citation.get("quote").asText().strip() + "”");
            }
        }
    }

    @Test
    void actorsWithTheirStatementCounts() throws Exception {
        JsonNode all = json.readTree(http.getForObject("/api/actors", String.class));
        assertThat(texts(all.get("actors"), "name"))
                .containsExactlyInAnyOrder("United States", "European Union", "Serbia", "Milos Vucevic", "Aleksandar Vucic");
        for (JsonNode actor : all.get("actors")) {
            assertThat(actor.get("statements").asInt()).isPositive();
        }
        // Most statements first: the joint statements make the US and the EU the most quoted.
        assertThat(all.get("actors").get(0).get("statements").asInt())
                .isGreaterThanOrEqualTo(all.get("actors").get(4).get("statements").asInt());

        JsonNode vuc = json.readTree(http.getForObject("/api/actors?q={q}&limit=1", String.class, "vuč"));
        assertThat(vuc.get("actors").size()).isEqualTo(1);
        assertThat(vuc.get("actors").get(0).get("name").asText()).isIn("Milos Vucevic", "Aleksandar Vucic");
        assertThat(texts(json.readTree(http.getForObject("/api/actors?q=brussels", String.class)).get("actors"), "name"))
                .containsExactly("European Union");

        for (String bad : List.of("/api/actors?limit=0", "/api/actors?limit=100000", "/api/actors?limit=many")) {
            ResponseEntity<String> response = http.getForEntity(bad, String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        }
    }

    @Test
    void anAbsentActorAndAnOffTopicTopic() throws Exception {
        JsonNode absent = json.readTree(post("/api/positions", Map.of("topic", "Kosovo", "actors", List.of("Putin"))).getBody());
        assertThat(absent.get("positions").size()).isZero();
        assertThat(absent.get("grounded").asBoolean()).isFalse();
        assertThat(texts(absent.get("notFound"), null)).containsExactly("Putin");

        JsonNode offTopic = json.readTree(post("/api/positions", Map.of("topic", "fisheries quotas")).getBody());
        assertThat(offTopic.get("positions").size()).isZero();
        assertThat(offTopic.get("grounded").asBoolean()).isFalse();
    }

    @Test
    void invalidRequestsAreProblemDetails() throws Exception {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("topic", "  "),
                Map.of("topic", "x".repeat(501)),
                Map.of("topic", "Kosovo", "actors", java.util.Collections.nCopies(11, "US")),
                Map.of("actors", List.of("US")))) {
            ResponseEntity<String> response = post("/api/positions", bad);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(json.readTree(response.getBody()).get("detail").asText()).isNotBlank();
        }
    }

    @Test
    void chatRoutesAPositionsQuestionAndAnswersInTheChatShape() throws Exception {
        JsonNode reply = json.readTree(post("/api/chat",
                Map.of("message", "Summarize the positions of the US and Serbia on Kosovo")).getBody());
        assertThat(reply.get("grounded").asBoolean()).isTrue();
        String answer = reply.get("answer").asText();
        assertThat(answer).startsWith("United States on Kosovo: “The United States and the European Union issued")
                .contains("\nSerbia on Kosovo: “Meanwhile, Serbia’s political and defense leadership")
                .doesNotContain("Vucevic publicly affirmed");
        JsonNode citations = reply.get("citations");
        for (int i = 0; i < citations.size(); i++) {
            assertThat(citations.get(i).get("marker").asInt()).isEqualTo(i + 1);
            assertThat(answer).contains("[" + (i + 1) + "]");
            // A verbatim quote is its own claim, supported by construction.
            assertThat(citations.get(i).get("supported").asBoolean()).isTrue();
            assertThat(citations.get(i).get("claim").asText()).isEqualTo(citations.get(i).get("quote").asText());
            // Only the US's and Serbia's own sentences: never Vucevic's or Vucic's, even from the same passages.
            assertThat(citations.get(i).get("quote").asText())
                    .doesNotContain("Vucevic publicly affirmed", "He stressed", "Vucic", "Belgrade’s leadership");
        }
    }

    @Test
    void aChatQuestionAboutDifferencesGetsTheComparisonsToo() throws Exception {
        JsonNode reply = json.readTree(post("/api/chat", Map.of("message", "Where do the EU and Serbia differ on Kosovo?")).getBody());
        String answer = reply.get("answer").asText();
        // Comparisons are the pairs of the points the two address; on the seed no statement of one contradicts
        // or backs one of the other's, so the answer gives both positions and no invented comparison.
        assertThat(answer).startsWith("European Union on Kosovo: ").contains("\nSerbia on Kosovo: ")
                .doesNotContain("least like");
        JsonNode citations = reply.get("citations");
        assertThat(citations.size()).isGreaterThanOrEqualTo(4);
        for (int i = 0; i < citations.size(); i++) {
            assertThat(citations.get(i).get("marker").asInt()).isEqualTo(i + 1);
            assertThat(answer).contains("[" + (i + 1) + "]");
        }
    }

    @Test
    void chatRoutesWhatDoesAnActorWant() throws Exception {
        JsonNode reply = json.readTree(post("/api/chat", Map.of("message", "What does Vucic want?")).getBody());
        assertThat(reply.get("grounded").asBoolean()).isTrue();
        assertThat(reply.get("answer").asText()).startsWith("Aleksandar Vucic: “");
        assertThat(texts(reply.get("citations"), "source")).allSatisfy(s -> assertThat(s).contains("President Vucic"));

        JsonNode absent = json.readTree(post("/api/chat", Map.of("message", "What does Putin want?")).getBody());
        assertThat(absent.get("grounded").asBoolean()).isFalse();
        assertThat(absent.get("citations").size()).isZero();
        assertThat(absent.get("answer").asText()).contains("Not in the corpus: Putin");
    }

    @Test
    void otherQuestionsStillGoToTheGeneralAnswerer() throws Exception {
        for (String question : List.of("Who reported feedback on the joint communique?",
                "What did Vucevic say about the armed forces and police?")) {
            JsonNode reply = json.readTree(post("/api/chat", Map.of("message", question)).getBody());
            // The general answerer quotes sentences as "quote [n]", never "Actor: “quote” [n]".
            assertThat(reply.get("answer").asText()).doesNotContain("“").doesNotContain("Vucevic on ");
        }
    }

    private ResponseEntity<String> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.get(field).asText()));
        return out;
    }
}
