package dev.footnote.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import dev.footnote.answer.AnswerService;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/**
 * The app on a random port over the seed corpus, its language model an OpenAI-compatible server
 * played by WireMock on loopback, with short limits (2 s per call, no retries) so that stalls
 * are found quickly. Every subclass shares this one Spring context and WireMock server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class OpenAiStubTest {

    static final WireMockServer llm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    static final String COMPLETIONS = "/v1/chat/completions";
    static final String VUCEVIC_ARMY = "What did Vucevic say about the armed forces and police?";
    /** footnote.llm.timeout here; the idle timeout is 1 s, the output limit 256 tokens and 4000 characters. */
    static final long TIMEOUT_MS = 2000;

    static {
        llm.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> "corpus");
        registry.add("footnote.index.dir", () -> "target/openai-stub-test-index");
        registry.add("footnote.llm.provider", () -> "openai");
        registry.add("footnote.llm.base-url", () -> llm.baseUrl() + "/v1");
        registry.add("footnote.llm.model", () -> "gpt-test");
        registry.add("footnote.llm.api-key", () -> "test-key");
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

    @Autowired
    AnswerService answers;

    ApiClient api;
    final ObjectMapper json = new ObjectMapper();

    /** Whether this context has made its first model calls, which are slow (class loading, connections) in a new JVM. */
    private static boolean warm;

    @BeforeEach
    void resetStubs() throws Exception {
        api = new ApiClient(port);
        if (!warm) {
            // With limits of a few seconds, the first calls' set-up time must not count against the tests.
            llm.stubFor(answerRequest(false).willReturn(LlmWire.openAiCompletion("The passages do not contain the answer.")));
            llm.stubFor(answerRequest(true).willReturn(LlmWire.openAiStream("The passages do not contain the answer.")));
            api.chatOutcome(VUCEVIC_ARMY);
            api.streamOutcome(VUCEVIC_ARMY);
            warm = true;
        }
        llm.resetAll();
    }

    /** A grounded-answer request, blocking or streamed: the system message comes first. */
    static MappingBuilder answerRequest(boolean stream) {
        MappingBuilder request = post(urlPathEqualTo(COMPLETIONS)).withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")));
        return stream ? request.withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                : request.withRequestBody(notMatching("(?s).*\"stream\"\\s*:\\s*true.*"));
    }

    /** The user messages of the grounded-answer requests the model received, in order. */
    List<String> userMessages() throws Exception {
        List<String> messages = new ArrayList<>();
        for (var request : llm.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS)))) {
            JsonNode body = json.readTree(request.getBodyAsString());
            messages.add(body.at("/messages/1/content").asText());
        }
        return messages;
    }

    /** The number [n] that the passage containing {@code text} gets in the prompt for {@code question}. */
    int numberOf(String question, String text) {
        List<RetrievedPassage> found = retriever.retrieve(question, answers.passagesPerAnswer());
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).passage().text().contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no passage with '" + text + "' among the top " + answers.passagesPerAnswer() + " for: " + question);
    }
}
