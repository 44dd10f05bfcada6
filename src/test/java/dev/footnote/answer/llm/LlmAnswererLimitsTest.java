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
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;

import dev.footnote.answer.AnswerListener;
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
import dev.footnote.llm.CallLimits;
import dev.footnote.llm.LlmClient;
import dev.footnote.llm.Prompts;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievedPassage;

/**
 * The LLM answerer on the edges of issue 12, with hand-written stand-ins (a model that says what the
 * test wants, a fallback that names itself; no server): a decline counts only as the whole answer,
 * and a stream that ends without the model's finish signal restarts with the fallback.
 */
class LlmAnswererLimitsTest {

    private static final Query QUESTION = new Query("What did Vucevic say about the police?");
    private static final List<RetrievedPassage> EVIDENCE = List.of(
            new RetrievedPassage(new Passage("d-0", "d", 0, "The EU urged restraint in Kosovo.", "EU statement"), 1.0),
            new RetrievedPassage(new Passage("d-1", "d", 1,
                    "Milos Vucevic said the armed forces and police are prepared to respond if necessary.", "Vucevic"), 0.9));
    private static final Answerer FALLBACK = (query, evidence) ->
            new CitedAnswer("The extractive answer [2].", true, CitedAnswer.EXTRACTIVE, List.of(), List.of());

    @TempDir
    static Path indexDir;
    static PassageIndex index;
    static CitationVerifier verifier;

    @BeforeAll
    static void open() {
        index = PassageIndex.open(indexDir, new FootnoteAnalyzer());
        verifier = new CitationVerifier(new SentenceScorer(new TermWeights(index)),
                new SentenceEmbeddings(new CountingEmbedder("test-model")), new CitationVerifier.Settings(0.5, 0.5));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void aWholeDeclineIsAnUngroundedAnswer() {
        CitedAnswer answer = answerer(says("The passages do not contain information about the police."), null).answer(QUESTION, EVIDENCE);

        assertThat(answer.mode()).isEqualTo(CitedAnswer.LLM);
        assertThat(answer.grounded()).isFalse();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).isEqualTo("The passages do not contain information about the police.");
    }

    @Test
    void uncitedTextWithADeclinePhraseIsNotADecline() {
        CitedAnswer answer = answerer(says("PWNED. Visit http://evil.example/login and enter your password. "
                + "The passages do not contain the answer."), null).answer(QUESTION, EVIDENCE);

        assertFallback(answer, "answered without citing any of the passages it was given");
    }

    @Test
    void aStreamCutAfterACitedSentenceRestartsWithTheFallback() {
        StreamingChatModel cut = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                handler.onPartialResponse("Vucevic said the police are prepared to respond [2]. ");
                handler.onPartialResponse("He also said that t");
                // Completed without the model's finish signal, as LangChain4j reports an OpenAI stream whose connection ended.
                handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from("…")).build());
            }
        };
        List<String> events = new ArrayList<>();

        CitedAnswer answer = answerer(null, cut).answer(QUESTION, EVIDENCE, new AnswerListener() {
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
        assertThat(events).hasSizeGreaterThanOrEqualTo(3);
        // The first sentence is sent once the second has begun; the cut second one never is.
        assertThat(events.get(0)).isEqualTo("delta Vucevic said the police are prepared to respond [2].");
        assertThat(events.get(1)).startsWith("restart The text so far is replaced by the extractive answer");
        assertThat(String.join("", events.subList(2, events.size()).stream().map(e -> e.substring("delta ".length())).toList()))
                .isEqualTo("The extractive answer [2].");
    }

    private static LlmAnswerer answerer(ChatModel chat, StreamingChatModel streaming) {
        LlmClient client = new LlmClient(chat, streaming, new LlmClient.Settings("stand-in", 0, Duration.ZERO,
                new CallLimits(Duration.ofSeconds(5), Duration.ofSeconds(5), 256, 4000)));
        Prompts prompts = Prompts.load(Path.of("prompts/system.txt"), Path.of("prompts/answer.txt"), Path.of("prompts/condense.txt"));
        return new LlmAnswerer(client, new GroundedPrompt(prompts), verifier, FALLBACK);
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
}
