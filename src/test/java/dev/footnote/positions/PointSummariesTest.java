package dev.footnote.positions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import dev.footnote.answer.CitationVerifier;
import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.llm.LangChainTextEmbedder;
import dev.footnote.index.PassageIndex;
import dev.footnote.llm.CallLimits;
import dev.footnote.llm.ChatModels;
import dev.footnote.llm.LlmClient;
import dev.footnote.positions.actors.ActorCatalogs;
import dev.footnote.positions.actors.ActorsFile;
import dev.footnote.retrieval.Bm25Retriever;
import dev.footnote.retrieval.PassageCatalog;

/**
 * LLM mode over the bridge documents ({@link BridgeDecisionCorpus}) against an OpenAI-shaped server on loopback: one
 * sentence per point, kept when the statements of that point it cites back it (the chat answers' verifier), removed
 * with a warning when they do not.
 */
class PointSummariesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static PassageIndex index;
    static WireMockServer llm;
    static PositionsReport report;

    @BeforeAll
    static void ask() throws Exception {
        Path corpus = BridgeDecisionCorpus.write(dir.resolve("corpus"));
        index = PassageIndex.open(dir.resolve("index"), new FootnoteAnalyzer());
        new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
        PassageCatalog catalog = new PassageCatalog(index);
        TermWeights weights = new TermWeights(index);
        llm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        llm.start();
        // The positions call gets a plain summary per actor; the points call one sentence per point.
        reply("Statements, grouped by the actor", 1, """
                ## Elena Marsh
                Marsh wants a toll on drivers to pay for the repairs [2].
                """);
        reply("Each point lists", 10, """
                ## Point 1
                Elena Marsh wants a toll on drivers to pay for the bridge repairs, while Priya Desai wants the town to issue a bond instead of a toll [1][2].
                ## Point 2
                The council voted to demolish the bridge and to build a tunnel under the river [1].
                """);
        LlmClient model = ChatModels.client(new ChatModels.Connection(ChatModels.Provider.OPENAI,
                "http://127.0.0.1:" + llm.port() + "/v1", "test-key", "test-model", 0.0, Duration.ofSeconds(5),
                new CallLimits(Duration.ofSeconds(30), Duration.ofSeconds(30), 1024, 16_000)), 0, Duration.ZERO);
        CitationVerifier verifier = new CitationVerifier(new SentenceScorer(weights),
                new SentenceEmbeddings(new LangChainTextEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(), "all-minilm-l6-v2-q")),
                new CitationVerifier.Settings(0.5, 0.5));
        PositionsService service = PositionsService.create(
                ActorCatalogs.inMemory(catalog::allPassages, catalog::version, new ActorsFile(dir.resolve("none.yml"))),
                new Bm25Retriever(index, weights), weights, null, model, Path.of("prompts/positions.txt"), verifier,
                PositionsFixture.SETTINGS);
        report = service.positions("bridge repairs", null);
    }

    @AfterAll
    static void stop() throws Exception {
        llm.stop();
        index.close();
    }

    @Test
    void aSummaryTheCitedStatementsBackIsKeptWithItsMarkers() {
        assertThat(report.mode()).isEqualTo("llm");
        Point first = report.points().get(0);
        assertThat(first.summary()).startsWith("Elena Marsh wants a toll").contains("[1]");
        // Its markers are the point's own statements.
        assertThat(first.statements()).anySatisfy(s -> assertThat(s.citation().marker()).isEqualTo(1));
    }

    @Test
    void aSummaryTheStatementsDoNotBackIsRemovedAndSaidSo() {
        Point second = report.points().get(1);
        assertThat(second.summary()).isNull();
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("Point “" + second.title() + "”")
                .contains("demolish").contains("was removed"));
    }

    @Test
    void pointsTheModelSaidNothingAboutHaveNoSummary() {
        assertThat(report.points().subList(2, report.points().size())).allSatisfy(p -> assertThat(p.summary()).isNull());
    }

    private static void reply(String when, int priority, String content) throws Exception {
        String body = JSON.writeValueAsString(Map.of(
                "id", "chatcmpl-1", "object", "chat.completion", "created", 1, "model", "test-model",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2)));
        llm.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(priority)
                .withRequestBody(containing(when))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }
}
