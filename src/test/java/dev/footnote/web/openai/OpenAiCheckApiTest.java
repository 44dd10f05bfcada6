package dev.footnote.web.openai;

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

import dev.footnote.web.FootnoteServerTest;

/**
 * The model {@code footnote-check} on {@code /v1}: the last user message is checked like {@code POST /api/check}, the
 * report comes back as Markdown (verdict, sentence, footnotes), as one completion or as chunks that add up to it.
 */
@FootnoteServerTest
class OpenAiCheckApiTest {

    private static final String SUPPORTED = "The United States and the European Union issued a joint communique urging an"
            + " immediate de-escalation in the Kosovo dispute.";
    private static final String INVENTED = "The Chinese navy delivered eleven submarines to Pristina in March.";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theModelIsListedAndServed() throws Exception {
        HttpResponse<String> card = get("/v1/models/footnote-check");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(json.readTree(card.body()).get("id").asText()).isEqualTo("footnote-check");
        assertThat(json.readTree(get("/v1/models/gpt-4o").body()).at("/error/message").asText()).contains("'footnote-check'");
    }

    @Test
    void theLastUserMessageIsCheckedAndTheReportIsMarkdownWithFootnotes() throws Exception {
        String messages = user("Please ignore this earlier message about banana bread.") + ","
                + "{\"role\":\"assistant\",\"content\":\"ok\"}," + user(SUPPORTED + " " + INVENTED);
        HttpResponse<String> response = post("{\"model\":\"footnote-check\",\"messages\":[" + messages + "]}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("model").asText()).isEqualTo("footnote-check");
        String md = body.at("/choices/0/message/content").asText();
        List<String> lines = md.lines().toList();
        assertThat(lines.get(0)).isEqualTo("2 sentences: 1 supported, 0 partially supported, 1 not supported.");
        assertThat(lines).anyMatch(l -> l.startsWith("- **Supported**: " + SUPPORTED + "[^1]"));
        assertThat(lines).anyMatch(l -> l.startsWith("- **Not supported**: " + INVENTED) && l.contains("(unsupported: *")
                && !l.contains("[^"));
        assertThat(md).doesNotContain("banana");
        // Every footnote reference has its definition, with the exact quote of the structured citation.
        JsonNode citations = body.get("citations");
        assertThat(citations.size()).isPositive();
        for (JsonNode c : citations) {
            assertThat(md).contains("[^" + c.get("marker").asInt() + "]: ");
            assertThat(md).contains("\u201C" + c.get("quote").asText().replace('\n', ' ') + "\u201D");
        }
        assertThat(citations.get(0).get("quote").asText()).contains("joint communique urging");
        assertThat(body.at("/footnote/sentences/1/verdict").asText()).isEqualTo("not_supported");
        assertThat(body.at("/footnote/counts/supported").asInt()).isEqualTo(1);
    }

    @Test
    void aStreamedCheckAddsUpToTheSameReport() throws Exception {
        String request = "{\"model\":\"footnote-check\",\"messages\":[" + user(SUPPORTED) + "]}";
        String whole = json.readTree(post(request).body()).at("/choices/0/message/content").asText();

        HttpResponse<String> response = post(request.replace("{\"model\"", "{\"stream\":true,\"model\""));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        List<String> data = new ArrayList<>();
        for (String event : response.body().split("\n\n")) {
            data.add(event.substring("data: ".length()));
        }
        assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
        StringBuilder streamed = new StringBuilder();
        for (String d : data.subList(0, data.size() - 1)) {
            JsonNode chunk = json.readTree(d);
            assertThat(chunk.get("model").asText()).isEqualTo("footnote-check");
            streamed.append(chunk.at("/choices/0/delta/content").asText(""));
        }
        assertThat(streamed.toString()).isEqualTo(whole).contains("**Supported**");
        assertThat(json.readTree(data.get(data.size() - 2)).at("/footnote/counts/supported").asInt()).isEqualTo(1);
    }

    @Test
    void aTextTooLongToCheckIsAnOpenAiError() throws Exception {
        HttpResponse<String> response = post("{\"model\":\"footnote-check\",\"messages\":[" + user("word ".repeat(4001)) + "]}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(response.body()).get("error");
        assertThat(error.get("param").asText()).isEqualTo("messages");
        assertThat(error.get("message").asText()).contains("20000");
    }

    private static String user(String content) {
        return "{\"role\":\"user\",\"content\":\"" + content + "\"}";
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/chat/completions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
