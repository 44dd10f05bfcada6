package dev.footnote.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.footnote.web.LlmWire.openAiCompletionBody;
import static dev.footnote.web.LlmWire.openAiUnfinishedStream;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.web.ApiClient.Outcome;

/**
 * Issue 12, item 3: an answer whose connection ends before the model's finish signal is broken,
 * however well its first sentences are cited: the stream restarts with the extractive answer, and
 * the blocking endpoints answer extractively.
 */
class LlmStreamCutTest extends OpenAiStubTest {

    @Test
    void anAnswerCutAfterACitedSentenceIsReplacedOnEveryEndpoint() throws Exception {
        int n = numberOf(VUCEVIC_ARMY, "Milos Vucevic");
        String cited = "Vucevic said the armed forces and police are prepared to respond if necessary [" + n + "]. ";
        String cut = "Vucevic also said that t";
        // The connection ends mid-sentence: no finish_reason, no [DONE]; a blocking body ends mid-JSON.
        List<String> pieces = new ArrayList<>(List.of(LlmStallTest.words(cited)));
        pieces.add(cut);
        llm.stubFor(answerRequest(true).willReturn(openAiUnfinishedStream(pieces.toArray(String[]::new))));
        String whole = openAiCompletionBody(cited + cut + "he talks would go on.", "stop");
        llm.stubFor(answerRequest(false).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(whole.substring(0, whole.indexOf(cut) + cut.length()))));

        List<Outcome> outcomes = List.of(api.streamOutcome(VUCEVIC_ARMY), api.chatOutcome(VUCEVIC_ARMY), api.completionOutcome(VUCEVIC_ARMY));

        String all = ApiClient.describe(outcomes);
        for (Outcome o : outcomes) {
            assertThat(o.mode()).as(all).isEqualTo("extractive");
            assertThat(o.answer()).as(all).doesNotContain(cut);
            assertThat(o.warnings()).as(all).anySatisfy(w -> assertThat(w).contains("extractive answer instead"));
        }
        Outcome stream = outcomes.get(0);
        assertThat(stream.events()).as(all).startsWith("delta").contains("restart");
        assertThat(stream.warnings()).as(all).anySatisfy(w -> assertThat(w).contains("stopped before finishing its answer"));
    }
}
