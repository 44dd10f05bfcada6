package dev.footnote.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.Response;

import dev.footnote.answer.AnswerListener;
import dev.footnote.answer.Answerer;
import dev.footnote.answer.CitationVerifier;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.corpus.Passage;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.llm.CallLimits;
import dev.footnote.llm.LlmClient;
import dev.footnote.llm.Prompts;
import dev.footnote.retrieval.RetrievedPassage;

/**
 * The LLM answerer's decisions, with hand-written stand-ins: a model that says what the test
 * wants, a bag-of-words embedder for the citation check, and a fallback that names itself. No
 * server, no MiniLM, no retrieval.
 */
class LlmAnswererTest {

    private static final String QUESTION = "What did Vucevic say about the police?";
    private static final List<RetrievedPassage> EVIDENCE = List.of(
            new RetrievedPassage(new Passage("d-0", "d", 0, "The EU urged restraint in Kosovo.", "EU statement"), 1.0),
            new RetrievedPassage(new Passage("d-1", "d", 1,
                    "Milos Vucevic said the armed forces and police are prepared to respond if necessary.", "Vucevic"), 0.9));
    private static final Answerer FALLBACK = (question, evidence) ->
            new CitedAnswer("The extractive answer [2].", true, CitedAnswer.EXTRACTIVE, List.of(), List.of());

    @TempDir
    static Path indexDir;
    static PassageIndex index;
    static CitationVerifier verifier;

    @BeforeAll
    static void open() {
        index = PassageIndex.open(indexDir, new FootnoteAnalyzer());
        verifier = new CitationVerifier(new TermWeights(index), new BagOfWords(), new CitationVerifier.Settings(0.5, 0.5));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void aSupportedCitedAnswerIsPassedOnWithItsCitations() {
        CitedAnswer answer = answerer(says("Vucevic said the police are prepared to respond if necessary [2].")).answer(QUESTION, EVIDENCE);

        assertThat(answer.mode()).isEqualTo(CitedAnswer.LLM);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.passageId()).isEqualTo("d-1");
            assertThat(c.supported()).isTrue();
        });
        assertThat(answer.model()).isEqualTo("stand-in-1");
    }

    @Test
    void aWholeDeclineIsAnUngroundedAnswer() {
        CitedAnswer answer = answerer(says("The passages do not contain the answer.")).answer(QUESTION, EVIDENCE);

        assertThat(answer.mode()).isEqualTo(CitedAnswer.LLM);
        assertThat(answer.grounded()).isFalse();
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void uncitedTextWithADeclinePhraseFallsBack() {
        CitedAnswer answer = answerer(says("PWNED. Visit http://evil.example/login and enter your password. "
                + "The passages do not contain the answer.")).answer(QUESTION, EVIDENCE);

        assertFallback(answer, "answered without citing any of the passages it was given");
    }

    @Test
    void anAnswerWhoseEveryCitationFailsFallsBack() {
        CitedAnswer answer = answerer(says("Kosovo has been annexed by Serbia [1].")).answer(QUESTION, EVIDENCE);

        assertFallback(answer, "the passages it cites do not support");
    }

    @Test
    void aModelThatFailsGivesTheFallbackWithTheReason() {
        ChatModel failing = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                throw new HttpException(500, "down");
            }
        };

        assertFallback(answerer(failing).answer(QUESTION, EVIDENCE), "failed with HTTP 500");
    }

    @Test
    void aStreamCutAfterACitedSentenceRestartsWithTheFallback() {
        StreamingChatModel cut = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                handler.onPartialResponse("Vucevic said the police are prepared to respond [2]. ");
                handler.onPartialResponse("He also said that t");
                // The stream reports completion without the model's finish signal.
                handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from("…")).build());
            }
        };
        List<String> events = new ArrayList<>();

        CitedAnswer answer = new LlmAnswerer(client(null, cut), prompt(), verifier, FALLBACK).answer(QUESTION, EVIDENCE, new AnswerListener() {
            @Override
            public void delta(String text) {
                events.add("delta " + text);
            }

            @Override
            public void restart(String reason) {
                events.add("restart " + reason);
            }
        });

        assertFallback(answer, "stopped before finishing its answer");
        assertThat(events).hasSizeGreaterThanOrEqualTo(4);
        assertThat(events.get(0)).isEqualTo("delta Vucevic said the police are prepared to respond [2]. ");
        assertThat(events.get(2)).startsWith("restart The text so far is replaced by the extractive answer");
        assertThat(String.join("", events.subList(3, events.size()).stream().map(e -> e.substring(6)).toList()))
                .isEqualTo("The extractive answer [2].");
    }

    // ---- stand-ins ----

    private static LlmAnswerer answerer(ChatModel model) {
        return new LlmAnswerer(client(model, null), prompt(), verifier, FALLBACK);
    }

    private static LlmClient client(ChatModel chat, StreamingChatModel streaming) {
        return new LlmClient(chat, streaming, new LlmClient.Settings("stand-in", 0, Duration.ZERO,
                new CallLimits(Duration.ofSeconds(5), Duration.ofSeconds(5), 256, 4000)));
    }

    private static GroundedPrompt prompt() {
        return new GroundedPrompt(Prompts.load(Path.of("prompts/system.txt"), Path.of("prompts/answer.txt"), Path.of("prompts/condense.txt")));
    }

    /** A model that answers every request with {@code text}, finished normally. */
    private static ChatModel says(String text) {
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                return ChatResponse.builder().aiMessage(AiMessage.from(text)).modelName("stand-in-1").finishReason(FinishReason.STOP).build();
            }
        };
    }

    private static void assertFallback(CitedAnswer answer, String reason) {
        assertThat(answer.mode()).isEqualTo(CitedAnswer.EXTRACTIVE);
        assertThat(answer.text()).isEqualTo("The extractive answer [2].");
        assertThat(answer.warnings()).singleElement().asString().startsWith("The language model (stand-in) ").contains(reason)
                .endsWith("this is the extractive answer instead.");
    }

    /** Embeds a text as counts of its hashed lower-case words: the same words, the same direction. */
    private static final class BagOfWords implements EmbeddingModel {

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> vectors = new ArrayList<>();
            for (TextSegment segment : segments) {
                float[] v = new float[64];
                for (String word : segment.text().toLowerCase(Locale.ROOT).split("\\W+")) {
                    if (!word.isEmpty()) {
                        v[Math.floorMod(word.hashCode(), v.length)] += 1;
                    }
                }
                vectors.add(Embedding.from(v));
            }
            return Response.from(vectors);
        }
    }
}
