package dev.footnote.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.footnote.web.LlmWire.eventStream;
import static dev.footnote.web.LlmWire.openAiCompletion;
import static dev.footnote.web.LlmWire.openAiStream;
import static dev.footnote.web.LlmWire.openAiStreamBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.web.ApiClient.Outcome;

/**
 * Issue 12, item 4: the model is asked for at most {@code footnote.llm.max-tokens}, and what it
 * sends is read and verified only up to {@code footnote.llm.max-answer-chars}: a server that
 * ignores the limit gets the extractive answer, quickly, on every endpoint.
 */
class LlmOutputBoundTest extends OpenAiStubTest {

    @Test
    void everyRequestCarriesMaxTokens() throws Exception {
        llm.stubFor(answerRequest(false).willReturn(openAiCompletion("The passages do not contain the answer.")));
        llm.stubFor(answerRequest(true).willReturn(openAiStream("The passages do not contain the answer.")));

        api.chatOutcome(VUCEVIC_ARMY);
        api.streamOutcome(VUCEVIC_ARMY);

        llm.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)).withRequestBody(matchingJsonPath("$.max_tokens", equalTo("256"))));
    }

    @Test
    void aRunawayAnswerIsCutAndReplacedOnEveryEndpoint() throws Exception {
        int n = numberOf(VUCEVIC_ARMY, "Milos Vucevic");
        // ~200 KB of distinct cited sentences: a server that ignores max_tokens.
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            // Distinct by a letter code, not a number: a number the passage does not state would make the sentence
            // unsupported (and so never streamed), and this test is about a backed answer that runs away.
            String code = Integer.toString(i).chars().mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).reduce("", String::concat);
            sentences.add("Vucevic said the armed forces and police are prepared to respond, point " + code + " [" + n + "]. ");
        }
        String runaway = String.join("", sentences);
        llm.stubFor(answerRequest(false).willReturn(openAiCompletion(runaway)));
        llm.stubFor(answerRequest(true).willReturn(eventStream(openAiStreamBody(true, sentences.toArray(String[]::new)))));

        List<Outcome> outcomes = List.of(api.chatOutcome(VUCEVIC_ARMY), api.completionOutcome(VUCEVIC_ARMY), api.streamOutcome(VUCEVIC_ARMY));

        String all = ApiClient.describe(outcomes);
        for (Outcome o : outcomes) {
            assertThat(o.mode()).as(all).isEqualTo("extractive");
            assertThat(o.citations()).as(all).isLessThan(10);
            assertThat(o.warnings()).as(all).anySatisfy(w -> assertThat(w).contains("wrote more than"));
        }
        assertThat(outcomes.get(2).events()).as(all).startsWith("delta").contains("restart");
    }

    @Test
    void anAnswerStoppedAtTheTokenLimitIsReplacedOnEveryEndpoint() throws Exception {
        int n = numberOf(VUCEVIC_ARMY, "Milos Vucevic");
        String cut = "Vucevic said the armed forces and police are prepared to respond if necessary [" + n + "]. He also";
        llm.stubFor(answerRequest(false).willReturn(openAiCompletion(cut, "length")));
        String stream = openAiStreamBody(true, LlmStallTest.words(cut)).replace("\"finish_reason\":\"stop\"", "\"finish_reason\":\"length\"");
        llm.stubFor(answerRequest(true).willReturn(eventStream(stream)));

        List<Outcome> outcomes = List.of(api.chatOutcome(VUCEVIC_ARMY), api.completionOutcome(VUCEVIC_ARMY), api.streamOutcome(VUCEVIC_ARMY));

        String all = ApiClient.describe(outcomes);
        for (Outcome o : outcomes) {
            assertThat(o.mode()).as(all).isEqualTo("extractive");
            assertThat(o.answer()).as(all).doesNotContain("He also");
            assertThat(o.warnings()).as(all).anySatisfy(w -> assertThat(w).contains("token limit"));
        }
    }
}
