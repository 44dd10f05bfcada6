package dev.footnote.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

/** {@link BackedSentencesTestBase} with WireMock playing an Ollama server ({@code /api/chat}, JSON and NDJSON). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(dev.footnote.index.AwaitFirstIndexing.class)
class LlmBackedSentencesOllamaTest extends BackedSentencesTestBase {

    static final WireMockServer ollama = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    static final Path dir = corpus("backed-sentences-ollama-test");
    static final String CHAT = "/ollama/api/chat";

    static {
        ollama.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> dir.resolve("corpus").toString());
        registry.add("footnote.index.dir", () -> dir.resolve("index").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("db/conversations").toAbsolutePath());
        registry.add("footnote.llm.provider", () -> "ollama");
        registry.add("footnote.llm.base-url", () -> ollama.baseUrl() + "/ollama");
        registry.add("footnote.llm.model", () -> "llama3.1");
        registry.add("footnote.llm.timeout", () -> "10s");
        registry.add("footnote.llm.max-retries", () -> "0");
    }

    @AfterAll
    static void stop() {
        ollama.stop();
    }

    @Override
    void modelAnswers(String text) {
        ollama.stubFor(post(urlPathEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(LlmWire.ollamaStream(LlmStallTest.words(text))));
        ollama.stubFor(post(urlPathEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("false")))
                .willReturn(LlmWire.ollamaReply(text)));
    }

    @Override
    void resetModel() {
        ollama.resetAll();
    }
}
