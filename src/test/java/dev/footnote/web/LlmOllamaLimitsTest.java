package dev.footnote.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.footnote.web.LlmWire.ndjson;
import static dev.footnote.web.LlmWire.ollamaChunk;
import static dev.footnote.web.LlmWire.ollamaReply;
import static dev.footnote.web.LlmWire.ollamaStream;
import static dev.footnote.web.LlmWire.ollamaStreamBody;
import static dev.footnote.web.LlmWire.ollamaUnfinishedStream;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;
import dev.footnote.web.ApiClient.Outcome;

/**
 * Issue 12, items 1, 3 and 4 against an Ollama server (WireMock, {@code /api/chat}, JSON and NDJSON
 * streaming): a body that trickles past the timeout, a stream without its {@code "done": true}
 * line, the output limit sent as {@code options.num_predict}, an answer stopped at that limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LlmOllamaLimitsTest {

    static final WireMockServer ollama = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    static final String CHAT = "/api/chat";
    static final String QUESTION = "What did Vucevic say about the armed forces and police?";
    static final long TIMEOUT_MS = 2000;

    static {
        ollama.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> "corpus");
        registry.add("footnote.index.dir", () -> "target/ollama-limits-test-index");
        registry.add("footnote.llm.provider", () -> "ollama");
        registry.add("footnote.llm.base-url", ollama::baseUrl);
        registry.add("footnote.llm.model", () -> "llama3.1");
        registry.add("footnote.llm.timeout", () -> TIMEOUT_MS + "ms");
        registry.add("footnote.llm.max-retries", () -> "0");
        registry.add("footnote.llm.idle-timeout", () -> "1s");
        registry.add("footnote.llm.max-tokens", () -> "256");
        registry.add("footnote.llm.max-answer-chars", () -> "4000");
    }

    @LocalServerPort
    int port;

    @Autowired
    Retriever retriever;

    ApiClient api;

    /** Whether the context has made its first model calls, which are slow (class loading, connections) in a new JVM. */
    private static boolean warm;

    @BeforeEach
    void reset() throws Exception {
        api = new ApiClient(port);
        if (!warm) {
            // With limits of a few seconds, the first calls' set-up time must not count against the tests.
            ollama.stubFor(chatRequest(false).willReturn(ollamaReply("The passages do not contain the answer.")));
            ollama.stubFor(chatRequest(true).willReturn(ollamaStream("The passages do not contain the answer.")));
            api.chatOutcome(QUESTION);
            api.streamOutcome(QUESTION);
            warm = true;
        }
        ollama.resetAll();
    }

    @Test
    void aBodyThatTricklesInForLongerThanTheTimeoutIsGivenUpOnEveryEndpoint() throws Exception {
        String good = goodAnswer();
        ollama.stubFor(chatRequest(false).willReturn(ollamaReply(good).withChunkedDribbleDelay(16, 8000)));
        ollama.stubFor(chatRequest(true).willReturn(ollamaStream(LlmStallTest.words(good)).withChunkedDribbleDelay(16, 8000)));

        List<Outcome> outcomes = everyEndpoint();

        String all = ApiClient.describe(outcomes);
        for (Outcome o : outcomes) {
            assertThat(o.mode()).as(all).isEqualTo("extractive");
            assertThat(o.warnings()).as(all).anySatisfy(w -> assertThat(w).contains("did not answer within " + TIMEOUT_MS + " ms"));
            assertThat(o.millis()).as(all).isLessThan(6000);
        }
    }

    @Test
    void aStreamWithoutItsDoneLineIsReplacedAfterARestart() throws Exception {
        String good = goodAnswer();
        List<String> pieces = new ArrayList<>(List.of(LlmStallTest.words(good + " ")));
        pieces.add("He also said that t");
        ollama.stubFor(chatRequest(true).willReturn(ollamaUnfinishedStream(pieces.toArray(String[]::new))));

        Outcome o = api.streamOutcome(QUESTION);

        String all = ApiClient.describe(List.of(o));
        assertThat(o.mode()).as(all).isEqualTo("extractive");
        assertThat(o.events()).as(all).startsWith("delta").contains("restart");
        assertThat(o.warnings()).as(all).anySatisfy(w -> assertThat(w).contains("stopped before finishing its answer"));
    }

    @Test
    void everyRequestCarriesTheOutputLimitAndAnAnswerStoppedAtItIsReplaced() throws Exception {
        String cut = goodAnswer() + " He also";
        ollama.stubFor(chatRequest(false).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(ollamaChunk(cut, true).put("done_reason", "length").toString())));
        String stream = ollamaStreamBody(false, LlmStallTest.words(cut)) + ollamaChunk("", true).put("done_reason", "length") + "\n";
        ollama.stubFor(chatRequest(true).willReturn(ndjson(stream)));

        List<Outcome> outcomes = everyEndpoint();

        String all = ApiClient.describe(outcomes);
        for (Outcome o : outcomes) {
            assertThat(o.mode()).as(all).isEqualTo("extractive");
            assertThat(o.warnings()).as(all).anySatisfy(w -> assertThat(w).contains("token limit"));
        }
        ollama.verify(3, postRequestedFor(urlPathEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.options.num_predict", equalTo("256"))));
    }

    private List<Outcome> everyEndpoint() throws Exception {
        return List.of(api.chatOutcome(QUESTION), api.completionOutcome(QUESTION), api.streamOutcome(QUESTION));
    }

    private String goodAnswer() {
        List<RetrievedPassage> found = retriever.retrieve(QUESTION, 5);
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).passage().text().contains("Milos Vucevic")) {
                return "Vucevic said the armed forces and police are prepared to respond if necessary [" + (i + 1) + "].";
            }
        }
        throw new AssertionError("no Vucevic passage for: " + QUESTION);
    }

    private static MappingBuilder chatRequest(boolean stream) {
        return post(urlPathEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo(String.valueOf(stream))));
    }
}
