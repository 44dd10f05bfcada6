package dev.footnote.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

import dev.footnote.answer.Answerer;
import dev.footnote.answer.CitationVerifier;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.corpus.Passage;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.CountingEmbedder;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.llm.LlmClient;
import dev.footnote.llm.Prompts;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievedPassage;

/**
 * The LLM answerer with a hand-written model and extractive fallback: what the model wrote is kept
 * when its citations hold, and replaced by the extractive answer, with a warning, when they do not
 * or when the model fails. No server, no Spring context.
 */
class LlmAnswererTest {

    @TempDir
    static Path indexDir;

    static PassageIndex index;
    static CitationVerifier verifier;

    private static final List<RetrievedPassage> EVIDENCE = List.of(
            new RetrievedPassage(new Passage("p-0", "d", 0,
                    "The river floods every spring after the snow melts. Boats stay in the harbour.", "River notes"), 1.0),
            new RetrievedPassage(new Passage("p-1", "d", 1,
                    "Lighthouses guide ships past the rocky northern coast at night.", "Coast notes"), 0.5));

    /** Answers with the given text, or throws the given exception; records the requests. */
    private static final class ScriptedModel implements ChatModel {
        final String text;
        final RuntimeException failure;
        final List<ChatRequest> requests = new ArrayList<>();

        ScriptedModel(String text, RuntimeException failure) {
            this.text = text;
            this.failure = failure;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            requests.add(request);
            if (failure != null) {
                throw failure;
            }
            return ChatResponse.builder().aiMessage(AiMessage.from(text)).modelName("scripted-1").build();
        }
    }

    /** The extractive answerer's stand-in: one fixed grounded answer, and the queries it was asked. */
    private static final class Fallback implements Answerer {
        final List<Query> asked = new ArrayList<>();

        @Override
        public CitedAnswer answer(Query query, List<RetrievedPassage> evidence) {
            asked.add(query);
            return new CitedAnswer("Extractive: the river floods every spring [1]", true, CitedAnswer.EXTRACTIVE, List.of(), List.of());
        }
    }

    @BeforeAll
    static void setUp() {
        // An empty index: every term weighs the same, which is all the verifier's word overlap needs here.
        index = PassageIndex.open(indexDir, new FootnoteAnalyzer());
        verifier = new CitationVerifier(new SentenceScorer(new TermWeights(index)),
                new SentenceEmbeddings(new CountingEmbedder("test-model")), new CitationVerifier.Settings(0.5, 0.5));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static LlmAnswerer answerer(ChatModel model, Answerer fallback) {
        LlmClient client = new LlmClient(model, null, new LlmClient.Settings("configured-model", 0, Duration.ZERO, Duration.ofSeconds(1)));
        Prompts prompts = Prompts.load(Path.of("prompts/system.txt"), Path.of("prompts/answer.txt"), Path.of("prompts/condense.txt"));
        return new LlmAnswerer(client, new GroundedPrompt(prompts), verifier, fallback);
    }

    @Test
    void aSupportedCitedAnswerIsKeptAsWritten() {
        ScriptedModel model = new ScriptedModel("The river floods every spring after the snow melts [1].", null);
        Fallback fallback = new Fallback();

        CitedAnswer answer = answerer(model, fallback).answer(new Query("And when?", "When does the river flood?"), EVIDENCE);

        assertThat(answer.mode()).isEqualTo(CitedAnswer.LLM);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).isEqualTo("The river floods every spring after the snow melts [1].");
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.passageId()).isEqualTo("p-0");
            assertThat(c.supported()).isTrue();
            assertThat(c.quote()).isEqualTo("The river floods every spring after the snow melts.");
        });
        assertThat(fallback.asked).isEmpty();
        // The model is asked the standalone question, not the follow-up as typed.
        assertThat(model.requests).singleElement().satisfies(r -> assertThat(r.messages().toString())
                .contains("When does the river flood?").doesNotContain("And when?"));
    }

    @Test
    void anAnswerItsPassagesDoNotSupportIsReplacedByTheExtractiveOneWithAWarning() {
        ScriptedModel model = new ScriptedModel("Volcanoes erupted beneath the frozen capital yesterday [2].", null);
        Fallback fallback = new Fallback();
        Query query = new Query("When does the river flood?");

        CitedAnswer answer = answerer(model, fallback).answer(query, EVIDENCE);

        assertThat(answer.mode()).isEqualTo(CitedAnswer.EXTRACTIVE);
        assertThat(answer.text()).startsWith("Extractive:");
        assertThat(answer.warnings()).singleElement().asString()
                .contains("configured-model", "do not support", "this is the extractive answer instead");
        assertThat(fallback.asked).containsExactly(query);
    }

    @Test
    void anAnswerCitingNothingIsReplacedByTheExtractiveOne() {
        CitedAnswer answer = answerer(new ScriptedModel("Rivers are wet.", null), new Fallback())
                .answer(new Query("When does the river flood?"), EVIDENCE);

        assertThat(answer.mode()).isEqualTo(CitedAnswer.EXTRACTIVE);
        assertThat(answer.warnings()).singleElement().asString().contains("without citing any of the passages");
    }

    @Test
    void aFailingModelIsReplacedByTheExtractiveAnswerWithTheReason() {
        ScriptedModel model = new ScriptedModel(null, new HttpException(503, "overloaded"));
        Fallback fallback = new Fallback();

        CitedAnswer answer = answerer(model, fallback).answer(new Query("When does the river flood?"), EVIDENCE);

        assertThat(answer.mode()).isEqualTo(CitedAnswer.EXTRACTIVE);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.warnings()).singleElement().asString().contains("HTTP 503", "this is the extractive answer instead");
        assertThat(model.requests).hasSize(1);
        assertThat(fallback.asked).hasSize(1);
    }
}
