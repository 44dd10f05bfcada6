package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/examples} over the seed corpus: every example shown is answered grounded when asked
 * through {@code /api/chat}, and none is one of the junk shapes of a name-count template.
 */
@FootnoteServerTest
class ExamplesApiTest {

    /** What examples must never look like: templates about a name, a sentence opener or an acronym taken for a topic. */
    static final List<Pattern> JUNK = List.of(
            Pattern.compile("What does the corpus say about"), Pattern.compile("Who commented on"),
            Pattern.compile("What was said about"),
            Pattern.compile("\\b(However|Meanwhile|Moreover|Although|While|This|These|It|The|In|As)\\?"),
            Pattern.compile("about (However|Meanwhile|Moreover|Although|While|This|These|It|The|In|As)\\b"),
            Pattern.compile("(about|is|was|did) [A-Z]{2,6}\\?"));

    @LocalServerPort
    int port;

    @Test
    void everyExampleOfTheSeedCorpusIsAnsweredGroundedAndNoneIsJunk() throws Exception {
        List<String> questions = examples(port);
        assertThat(questions).isNotEmpty();
        assertAnsweredGroundedAndNotJunk(port, questions);
    }

    /** The examples once worked out; the first request starts the work and answers at once, saying it is pending. */
    static List<String> examples(int port) throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            long asked = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/examples"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            // Never blocked by the work: the answer comes at once, pending or not.
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(5));
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = json.readTree(response.body());
            if (!body.get("pending").asBoolean()) {
                List<String> questions = new ArrayList<>();
                body.get("examples").forEach(e -> {
                    // The topic is a name of the corpus (for "Who …?", the one the answer names), never a word taken for one.
                    assertThat(e.get("topic").asText()).matches("\\p{Lu}.*").isNotIn("However", "Meanwhile", "The", "It", "In");
                    assertThat(e.get("passages").asInt()).isPositive();
                    questions.add(e.get("question").asText());
                });
                return questions;
            }
            assertThat(System.nanoTime()).as("examples worked out within 90 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    static void assertAnsweredGroundedAndNotJunk(int port, List<String> questions) throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        for (String question : questions) {
            for (Pattern junk : JUNK) {
                assertThat(junk.matcher(question).find()).as(question + " looks like " + junk).isFalse();
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("message", question)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = json.readTree(response.body());
            assertThat(answer.get("grounded").asBoolean()).as(question + " → " + answer.get("answer")).isTrue();
            assertThat(answer.get("citations").size()).as(question).isPositive();
        }
    }
}
