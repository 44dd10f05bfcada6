package dev.footnote.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.footnote.web.LlmWire.ollamaReply;
import static dev.footnote.web.LlmWire.ollamaStream;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/** LLM answers against WireMock playing an Ollama server ({@code /api/chat}, JSON and NDJSON streaming) under a custom base URL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(dev.footnote.index.AwaitFirstIndexing.class)
class LlmOllamaApiTest {

    static final WireMockServer ollama = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    static final String CHAT = "/ollama/api/chat";
    static final String QUESTION = "What did Vucevic say about the armed forces and police?";

    static {
        ollama.start();
    }

    @TempDir
    static Path indexDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> "corpus");
        registry.add("footnote.index.dir", () -> indexDir.toString());
        registry.add("footnote.llm.provider", () -> "ollama");
        registry.add("footnote.llm.base-url", () -> ollama.baseUrl() + "/ollama");
        registry.add("footnote.llm.model", () -> "llama3.1");
        registry.add("footnote.llm.timeout", () -> "10s");
        registry.add("footnote.llm.max-retries", () -> "1");
        registry.add("footnote.llm.retry-backoff", () -> "20ms");
    }

    @AfterAll
    static void stop() {
        ollama.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    Retriever retriever;

    ApiClient api;

    @BeforeEach
    void reset() {
        ollama.resetAll();
        api = new ApiClient(port);
    }

    @Test
    void aGoodAnswerComesFromTheOllamaChatApiAndIsVerified() throws Exception {
        int n = numberOf("Milos Vucevic");
        ollama.stubFor(chatRequest()
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.1")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("false")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo(Files.readString(Path.of("prompts/system.txt")).strip())))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("[" + n + "] source: statements by Milos Vucevic")))
                .willReturn(ollamaReply("Vucevic said the armed forces and police are prepared to respond if necessary [" + n + "].")));

        JsonNode answer = api.chat(QUESTION, null);

        assertThat(answer.get("mode").asText()).isEqualTo("llm");
        assertThat(answer.get("model").asText()).isEqualTo("llama3.1");
        assertThat(answer.get("grounded").asBoolean()).isTrue();
        assertThat(answer.get("citations").get(0).get("supported").asBoolean()).isTrue();
        assertThat(answer.get("citations").get(0).get("quote").asText()).contains("armed forces and police are prepared");
        ollama.verify(1, postRequestedFor(urlPathEqualTo(CHAT)));
    }

    @Test
    void aStreamedAnswerIsReadFromNdjson() throws Exception {
        int n = numberOf("Milos Vucevic");
        ollama.stubFor(chatRequest().withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(ollamaStream("Vucevic said the armed forces ", "and police are prepared ", "to respond [" + n + "].")));

        List<ApiClient.Event> events = api.stream(QUESTION, null);

        // One sentence, sent once judged.
        assertThat(ApiClient.names(events)).containsExactly("delta", "citations", "done");
        JsonNode done = ApiClient.last(events, "done").data();
        assertThat(ApiClient.deltas(events)).isEqualTo(done.get("answer").asText())
                .isEqualTo("Vucevic said the armed forces and police are prepared to respond [" + n + "].");
        assertThat(done.get("mode").asText()).isEqualTo("llm");
        assertThat(ApiClient.last(events, "citations").data().get(0).get("supported").asBoolean()).isTrue();
    }

    @Test
    void aServerErrorFallsBackToTheExtractiveAnswer() throws Exception {
        ollama.stubFor(chatRequest().willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"model runner has unexpectedly stopped\"}")));

        JsonNode answer = api.chat(QUESTION, null);

        assertThat(answer.get("mode").asText()).isEqualTo("extractive");
        assertThat(answer.get("warnings").toString()).contains("failed with HTTP 500 after 1 retry");
        ollama.verify(2, postRequestedFor(urlPathEqualTo(CHAT)));
    }

    @Test
    void garbageFallsBackToTheExtractiveAnswer() throws Exception {
        ollama.stubFor(chatRequest().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("<html>502 Bad Gateway</html>")));

        JsonNode answer = api.chat(QUESTION, null);

        assertThat(answer.get("mode").asText()).isEqualTo("extractive");
        assertThat(answer.get("warnings").toString()).contains("could not be read");
    }

    @Test
    void aServerThatIsDownFallsBackAtOnce() throws Exception {
        ollama.stubFor(chatRequest().willReturn(aResponse().withFault(
                com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        JsonNode answer = api.chat(QUESTION, null);

        assertThat(answer.get("mode").asText()).isEqualTo("extractive");
        assertThat(answer.get("grounded").asBoolean()).isTrue();
        assertThat(answer.get("warnings").toString()).contains("The language model (llama3.1) could not be reached or dropped the connection");
    }

    private int numberOf(String text) {
        List<RetrievedPassage> passages = retriever.retrieve(QUESTION, 5);
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).passage().text().contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no passage with " + text);
    }

    private static MappingBuilder chatRequest() {
        return post(urlPathEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")));
    }
}
