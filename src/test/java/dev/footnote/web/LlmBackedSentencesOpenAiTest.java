package dev.footnote.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

/** {@link BackedSentencesTestBase} with WireMock playing an OpenAI-compatible server (JSON and SSE chunks). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(dev.footnote.index.AwaitFirstIndexing.class)
class LlmBackedSentencesOpenAiTest extends BackedSentencesTestBase {

    static final WireMockServer llm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    static final Path dir = corpus("backed-sentences-openai-test");

    static {
        llm.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> dir.resolve("corpus").toString());
        registry.add("footnote.index.dir", () -> dir.resolve("index").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("db/conversations").toAbsolutePath());
        registry.add("footnote.llm.provider", () -> "openai");
        registry.add("footnote.llm.base-url", () -> llm.baseUrl() + "/v1");
        registry.add("footnote.llm.model", () -> "gpt-test");
        registry.add("footnote.llm.api-key", () -> "test-key");
        registry.add("footnote.llm.timeout", () -> "10s");
        registry.add("footnote.llm.max-retries", () -> "0");
    }

    @AfterAll
    static void stop() {
        llm.stop();
    }

    @Override
    void modelAnswers(String text) {
        var answer = post(urlPathEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")));
        llm.stubFor(answer.withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(LlmWire.openAiStream(LlmStallTest.words(text))));
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(notMatching("(?s).*\"stream\"\\s*:\\s*true.*"))
                .willReturn(LlmWire.openAiCompletion(text)));
    }

    @Override
    void resetModel() {
        llm.resetAll();
    }
}
