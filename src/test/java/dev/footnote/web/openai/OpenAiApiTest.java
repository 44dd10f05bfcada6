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

/** The OpenAI wire format as seen on the wire: objects, chunks, {@code [DONE]}, usage, error objects. */
@FootnoteServerTest
class OpenAiApiTest {

    private static final String VUCEVIC = "What did Vucevic say about the armed forces and police?";
    private static final String VUCEVIC_SOURCE = "statements by Milos Vucevic on security posture and negotiation options, 2023–2024";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void modelsListFootnote() throws Exception {
        HttpResponse<String> response = get("/v1/models");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("object").asText()).isEqualTo("list");
        assertThat(body.get("data")).hasSize(2);
        assertThat(body.at("/data/0/id").asText()).isEqualTo("footnote");
        assertThat(body.at("/data/1/id").asText()).isEqualTo("footnote-check");
        assertThat(body.at("/data/0/object").asText()).isEqualTo("model");

        assertThat(get("/v1/models/footnote").statusCode()).isEqualTo(200);
        HttpResponse<String> unknown = get("/v1/models/gpt-4o");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).at("/error/code").asText()).isEqualTo("model_not_found");
    }

    @Test
    void aCompletionCarriesTheCitationsAsMarkdownFootnotesAndAsStructuredData() throws Exception {
        HttpResponse<String> response = post(completion(false, user(VUCEVIC)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("object").asText()).isEqualTo("chat.completion");
        assertThat(body.get("id").asText()).startsWith("chatcmpl-");
        assertThat(body.get("model").asText()).isEqualTo("footnote");
        assertThat(body.at("/choices/0/message/role").asText()).isEqualTo("assistant");
        assertThat(body.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        String content = body.at("/choices/0/message/content").asText();
        JsonNode first = body.at("/citations/0");
        assertThat(first.get("source").asText()).isEqualTo(VUCEVIC_SOURCE);
        assertThat(first.get("quote").asText()).contains("armed forces and police are prepared");
        assertThat(content).contains("[^1]")
                .doesNotContain(" [1]");
        // The short answer, where there is one, is in bold inside the quoted text; the quote is otherwise verbatim.
        assertThat(content.replace("**", ""))
                .contains("\n[^1]: " + VUCEVIC_SOURCE + " — \u201C" + first.get("quote").asText() + "\u201D");
        assertThat(body.at("/footnote/grounded").asBoolean()).isTrue();
        JsonNode usage = body.get("usage");
        assertThat(usage.get("prompt_tokens").asInt()).isEqualTo(11); // ten words and "?"
        assertThat(usage.get("completion_tokens").asInt()).isPositive();
        assertThat(usage.get("total_tokens").asInt())
                .isEqualTo(usage.get("prompt_tokens").asInt() + usage.get("completion_tokens").asInt());
    }

    @Test
    void aStreamedCompletionSendsChunksThatAddUpToTheSameAnswerThenDone() throws Exception {
        String whole = json.readTree(post(completion(false, user(VUCEVIC))).body()).at("/choices/0/message/content").asText();

        String request = "{\"model\":\"footnote\",\"stream\":true,\"stream_options\":{\"include_usage\":true},\"messages\":[" + user(VUCEVIC) + "]}";
        HttpResponse<String> response = post(request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        List<String> data = new ArrayList<>();
        for (String event : response.body().split("\n\n")) {
            assertThat(event).startsWith("data: ");
            data.add(event.substring("data: ".length()));
        }
        assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
        List<JsonNode> chunks = new ArrayList<>();
        for (String d : data.subList(0, data.size() - 1)) {
            chunks.add(json.readTree(d));
        }
        assertThat(chunks).allSatisfy(c -> assertThat(c.get("object").asText()).isEqualTo("chat.completion.chunk"));
        assertThat(chunks.stream().map(c -> c.get("id").asText()).distinct()).hasSize(1);
        assertThat(chunks.get(0).at("/choices/0/delta/role").asText()).isEqualTo("assistant");
        StringBuilder streamed = new StringBuilder();
        chunks.forEach(c -> streamed.append(c.at("/choices/0/delta/content").asText("")));
        assertThat(streamed.toString()).isEqualTo(whole);
        assertThat(chunks.size()).isGreaterThan(5);

        JsonNode stop = chunks.get(chunks.size() - 2);
        assertThat(stop.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(stop.at("/choices/0/delta").isEmpty()).isTrue();
        assertThat(stop.at("/citations/0/source").asText()).isEqualTo(VUCEVIC_SOURCE);
        JsonNode usage = chunks.get(chunks.size() - 1);
        assertThat(usage.get("choices")).isEmpty();
        assertThat(usage.at("/usage/total_tokens").asInt()).isPositive();
    }

    @Test
    void anOffTopicQuestionIsAnsweredAsNotInTheCorpusWithoutFootnotes() throws Exception {
        JsonNode body = json.readTree(post(completion(false, user("What is the best recipe for banana bread?"))).body());

        assertThat(body.at("/choices/0/message/content").asText()).isEqualTo("The corpus does not contain an answer to this question.");
        assertThat(body.at("/footnote/grounded").asBoolean()).isFalse();
        assertThat(body.get("citations")).isEmpty();
    }

    @Test
    void aFollowUpIsRewrittenByTheChatLayerAsOnApiChat() throws Exception {
        String messages = "{\"role\":\"system\",\"content\":\"Answer briefly.\"},"
                + user("What did Milos Vucevic say about the armed forces?") + ","
                + "{\"role\":\"assistant\",\"content\":\"He said they are prepared.[^1]\"},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"And what did he say about an agreement?\"}]}";
        JsonNode body = json.readTree(post("{\"model\":\"footnote\",\"messages\":[" + messages + "]}").body());

        assertThat(body.at("/footnote/retrievalQuery").asText())
                .isEqualTo("What did Milos Vucevic say about an agreement?");
        assertThat(body.at("/citations/0/source").asText()).isEqualTo(VUCEVIC_SOURCE);
    }

    @Test
    void refusedRequestsGetOpenAiErrorObjects() throws Exception {
        assertError(post("{\"model\":\"gpt-4o\",\"messages\":[" + user(VUCEVIC) + "]}"), 404, "model", "model_not_found");
        assertError(post("{\"messages\":[" + user(VUCEVIC) + "]}"), 400, "model", null);
        assertError(post("{\"model\":\"footnote\",\"messages\":[]}"), 400, "messages", null);
        assertError(post("{\"model\":\"footnote\",\"messages\":[{\"role\":\"system\",\"content\":\"hi\"}]}"), 400, "messages", null);
        assertError(post(completion(false, user("x".repeat(5000)))), 400, "messages", null);
        assertError(post("{\"model\":\"footnote\",\"n\":2,\"messages\":[" + user(VUCEVIC) + "]}"), 400, "n", null);
        assertError(post("{\"model\": \"footnote\", \"messages\": ["), 400, null, null);
    }

    private void assertError(HttpResponse<String> response, int status, String param, String code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode error = json.readTree(response.body()).get("error");
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.has("param")).isTrue();
        assertThat(error.get("param").isNull() ? null : error.get("param").asText()).isEqualTo(param);
        assertThat(error.get("code").isNull() ? null : error.get("code").asText()).isEqualTo(code);
    }

    @Test
    void maxTokensCutsTheAnswerAtASentenceBoundaryWithItsCitationsAndSaysLength() throws Exception {
        JsonNode full = json.readTree(post(completion(false, user(VUCEVIC))).body());
        int fullTokens = full.at("/usage/completion_tokens").asInt();
        String fullContent = full.at("/choices/0/message/content").asText();

        JsonNode roomy = json.readTree(post(withMaxTokens(fullTokens, user(VUCEVIC))).body());
        assertThat(roomy.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(roomy.at("/choices/0/message/content").asText()).isEqualTo(fullContent);

        JsonNode cut = json.readTree(post(withMaxTokens(fullTokens - 1, user(VUCEVIC))).body());
        assertThat(cut.at("/choices/0/finish_reason").asText()).isEqualTo("length");
        assertThat(cut.at("/usage/completion_tokens").asInt()).isLessThanOrEqualTo(fullTokens - 1);
        String content = cut.at("/choices/0/message/content").asText();
        String body = content.split("\n\n\\[\\^", 2)[0];
        assertThat(fullContent).startsWith(body);
        // Every reference left has its footnote and its structured citation; none of the left-out ones remain.
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\\[\\^(\\d+)\\](?!:)").matcher(body);
        int references = 0;
        while (refs.find()) {
            references++;
            assertThat(content).contains("\n[^" + refs.group(1) + "]: ");
        }
        assertThat(cut.get("citations").size()).isLessThanOrEqualTo(full.get("citations").size());
        if (!body.isEmpty()) {
            assertThat(references).as("a sentence kept keeps its citation").isPositive();
        }

        assertThat(post(withMaxTokens(0, user(VUCEVIC))).statusCode()).isEqualTo(400);
    }

    private static String withMaxTokens(int maxTokens, String... messages) {
        return "{\"model\":\"footnote\",\"max_tokens\":" + maxTokens + ",\"messages\":[" + String.join(",", messages) + "]}";
    }

    private static String user(String content) {
        return "{\"role\":\"user\",\"content\":\"" + content + "\"}";
    }

    private static String completion(boolean stream, String... messages) {
        return "{\"model\":\"footnote\",\"stream\":" + stream + ",\"messages\":[" + String.join(",", messages) + "]}";
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
