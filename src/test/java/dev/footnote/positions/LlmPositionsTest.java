package dev.footnote.positions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import dev.footnote.answer.CitationVerifier;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.llm.CallLimits;
import dev.footnote.llm.LangChainTextEmbedder;
import dev.footnote.llm.ChatModels;
import dev.footnote.llm.LlmClient;

/** The LLM mode against an OpenAI-shaped server on loopback: what the prompt holds, and what verification flags. */
class LlmPositionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path indexDir;

    static PositionsFixture fixture;
    static WireMockServer llm;
    static PositionsService service;
    /** The same, with the chat answers' CitationVerifier (word overlap + MiniLM cosine) checking support. */
    static PositionsService verified;

    @BeforeAll
    static void start() {
        fixture = new PositionsFixture(indexDir);
        llm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        llm.start();
        LlmClient model = ChatModels.client(new ChatModels.Connection(ChatModels.Provider.OPENAI,
                "http://127.0.0.1:" + llm.port() + "/v1", "test-key", "test-model", 0.0, Duration.ofSeconds(5),
                new CallLimits(Duration.ofSeconds(30), Duration.ofSeconds(30), 1024, 16_000)), 0, Duration.ZERO);
        service = fixture.service(model);
        verified = fixture.service(model, new CitationVerifier(new SentenceScorer(fixture.weights),
                new SentenceEmbeddings(new LangChainTextEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(), "all-minilm-l6-v2-q")),
                new CitationVerifier.Settings(0.5, 0.5)));
    }

    @AfterAll
    static void stop() throws Exception {
        llm.stop();
        fixture.close();
    }

    @BeforeEach
    void reset() {
        llm.resetAll();
    }

    @Test
    void thePromptGroupsTheStatementsByActor() throws Exception {
        reply("## Milos Vucevic\nHe says the armed forces are ready but is open to an agreement [1].");
        service.positions("Kosovo", List.of("Vucevic", "Vucic"));

        String prompt = recordedPrompt();
        int vucevic = prompt.indexOf("## Milos Vucevic");
        int vucic = prompt.indexOf("## Aleksandar Vucic");
        assertThat(vucevic).isPositive();
        assertThat(vucic).isGreaterThan(vucevic);
        String vucevicBlock = prompt.substring(vucevic, vucic);
        String vucicBlock = prompt.substring(vucic, prompt.indexOf("Instructions:"));
        assertThat(vucevicBlock).contains("Milos Vucevic publicly affirmed", "He stressed that readiness for dialogue")
                .doesNotContain("warned of consequences");
        assertThat(vucicBlock).contains("warned of consequences", "Belgrade’s leadership has repeatedly attributed")
                .doesNotContain("publicly affirmed");
        assertThat(prompt).contains("Topic: Kosovo").doesNotContain("{{");
        // Statements are numbered once across all actors.
        assertThat(numbers(vucevicBlock)).containsExactly(1, 2);
        assertThat(numbers(vucicBlock)).containsExactly(3, 4);
    }

    @Test
    void aSummaryCitingAnotherActorsStatementIsFlagged() {
        // [3] is Vucic's statement: cited in Vucevic's summary it must be caught.
        reply("""
                ## Milos Vucevic
                Vucevic says the armed forces and police are ready to respond [1]. He also warns of consequences if external actors fail to apply pressure [3].
                ## Aleksandar Vucic
                Vucic blames international inaction for rising tensions [3], and warns of consequences [4].
                """);
        PositionsReport report = service.positions("Kosovo", List.of("Vucevic", "Vucic"));

        assertThat(report.mode()).isEqualTo("llm");
        Position vucevic = report.positions().get(0);
        assertThat(vucevic.actor()).isEqualTo("Milos Vucevic");
        assertThat(vucevic.summary()).isEqualTo("Vucevic says the armed forces and police are ready to respond [1].");
        assertThat(vucevic.citations()).singleElement().satisfies(c -> assertThat(c.quote()).contains("Milos Vucevic publicly affirmed"));
        assertThat(vucevic.warnings()).anySatisfy(w -> assertThat(w)
                .contains("cites [3], a statement attributed to Aleksandar Vucic, not to Milos Vucevic"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("[3]").contains("not to Milos Vucevic"));

        Position vucic = report.positions().get(1);
        assertThat(vucic.summary()).isEqualTo("Vucic blames international inaction for rising tensions [1], and warns of consequences [2].");
        assertThat(vucic.citations()).extracting(c -> c.quote().substring(0, 20))
                .containsExactly("As the year closes, ", "President Aleksandar");
        assertThat(vucic.warnings()).isEmpty();
        // Quotes are the statements' own sentences, whatever the model wrote.
        for (Position p : report.positions()) {
            p.citations().forEach(c -> assertThat(fixture.catalog.passage(c.passageId()).orElseThrow().text()
                    .substring(c.start(), c.end())).isEqualTo(c.quote()));
        }
    }

    @Test
    void aClaimTheCitedStatementDoesNotCarryIsDropped() {
        reply("""
                ## Milos Vucevic
                Vucevic says the armed forces and police are ready to respond [1]. He promises a referendum on independence and demands that foreign troops leave [2].
                """);
        PositionsReport report = service.positions("Kosovo", List.of("Vucevic"));

        Position vucevic = report.positions().get(0);
        assertThat(vucevic.summary()).isEqualTo("Vucevic says the armed forces and police are ready to respond [1].");
        assertThat(vucevic.citations()).hasSize(1);
        assertThat(vucevic.warnings()).anySatisfy(w -> assertThat(w)
                .contains("He promises a referendum").contains("not in the statements it cites"));
    }

    @Test
    void theChatVerifierChecksEachClaimAgainstTheCitedStatementOnly() {
        reply("""
                ## Milos Vucevic
                Vucevic says the armed forces and police are prepared to respond if necessary [1]. He promises a referendum on independence and demands that foreign troops leave [2].
                ## Aleksandar Vucic
                Vucic warns of consequences if external actors fail to apply even pressure for restraint [4].
                """);
        PositionsReport report = verified.positions("Kosovo", List.of("Vucevic", "Vucic"));

        Position vucevic = report.positions().get(0);
        assertThat(vucevic.summary()).isEqualTo("Vucevic says the armed forces and police are prepared to respond if necessary [1].");
        assertThat(vucevic.citations()).singleElement().satisfies(c -> {
            assertThat(c.supported()).isTrue();
            assertThat(c.claim()).isEqualTo("Vucevic says the armed forces and police are prepared to respond if necessary.");
            assertThat(c.quote()).startsWith("Former Deputy Prime Minister");
        });
        assertThat(vucevic.warnings()).anySatisfy(w -> assertThat(w).contains("He promises a referendum").contains("does not support it"));
        Position vucic = report.positions().get(1);
        assertThat(vucic.citations()).singleElement().satisfies(c -> assertThat(c.quote()).startsWith("President Aleksandar Vucic"));
    }

    @Test
    void anActorTheModelLeavesOutOrMiscitesEntirelyFallsBackToItsOwnStatements() {
        reply("## Milos Vucevic\nHe warns of consequences [3].");
        PositionsReport report = service.positions("Kosovo", List.of("Vucevic", "Vucic"));

        assertThat(report.positions()).extracting(Position::actor).containsExactly("Milos Vucevic", "Aleksandar Vucic");
        assertThat(report.positions()).allSatisfy(p -> assertThat(p.summary()).startsWith("“"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("No sentence of the model's summary for Milos Vucevic"))
                .anySatisfy(w -> assertThat(w).contains("The model wrote no summary for Aleksandar Vucic"));
    }

    @Test
    void aFailingModelGivesExtractivePositionsAndSaysSo() {
        llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500).withBody("{}")));
        PositionsReport report = service.positions("Kosovo", List.of("Serbia"));

        assertThat(report.mode()).isEqualTo("extractive");
        assertThat(report.positions()).singleElement().satisfies(p -> assertThat(p.actor()).isEqualTo("Serbia"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w)
                .isEqualTo("The language model (test-model) failed with HTTP 500; the statements are quoted instead."));
    }

    private static void reply(String content) {
        try {
            String body = JSON.writeValueAsString(Map.of(
                    "id", "chatcmpl-1", "object", "chat.completion", "created", 1, "model", "test-model",
                    "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                            "message", Map.of("role", "assistant", "content", content))),
                    "usage", Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2)));
            llm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recordedPrompt() throws Exception {
        llm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer test-key")));
        // The positions call, not the one that summarises the points.
        String body = llm.getAllServeEvents().stream().map(e -> e.getRequest().getBodyAsString())
                .filter(b -> b.contains("grouped by the actor")).findFirst().orElseThrow();
        JsonNode request = JSON.readTree(body);
        JsonNode messages = request.get("messages");
        assertThat(messages).hasSize(1);
        return messages.get(0).get("content").asText();
    }

    private static List<Integer> numbers(String block) {
        Matcher m = Pattern.compile("(?m)^\\[(\\d+)\\]").matcher(block);
        List<Integer> numbers = new java.util.ArrayList<>();
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }
}
