package dev.footnote.web;

import static dev.footnote.web.LlmWire.eventStream;
import static dev.footnote.web.LlmWire.openAiCompletion;
import static dev.footnote.web.LlmWire.openAiStream;
import static dev.footnote.web.LlmWire.openAiStreamBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.web.ApiClient.Outcome;

/**
 * Issue 12, item 1: {@code footnote.llm.timeout} bounds the whole model call, from the request to
 * the last byte, blocking or streamed, and a stream that falls silent mid-answer is given up
 * sooner ({@code footnote.llm.idle-timeout}). Each endpoint then answers extractively and says why.
 */
class LlmStallTest extends OpenAiStubTest {

    @Test
    void aBodyThatTricklesInForLongerThanTheTimeoutIsGivenUpOnEveryEndpoint() throws Exception {
        String good = goodAnswer();
        // Headers at once, then the body in pieces over 8 s: every piece in time, the whole far too late.
        llm.stubFor(answerRequest(false).willReturn(openAiCompletion(good).withChunkedDribbleDelay(16, 8000)));
        llm.stubFor(answerRequest(true).willReturn(openAiStream(words(good)).withChunkedDribbleDelay(16, 8000)));

        assertGivenUp(everyEndpoint(), "did not answer within " + TIMEOUT_MS + " ms");
    }

    @Test
    void aStreamThatFallsSilentMidAnswerIsReplacedAfterARestart() throws Exception {
        int n = numberOf(VUCEVIC_ARMY, "Milos Vucevic");
        // A short first sentence, sent once the long second one has begun, which the silence cuts.
        String good = "Vucevic said the police are prepared [" + n + "]. He also signalled willingness to pursue an agreement on"
                + " security guarantees for Serbs in Kosovo and to keep talking with Pristina under European mediation [" + n + "].";
        // A third of the stream at 1.4 s, then silence until 2.8 s: past the deadline (2 s), with text already sent.
        llm.stubFor(answerRequest(true).willReturn(eventStream(openAiStreamBody(true, words(good))).withChunkedDribbleDelay(3, 4200)));

        Outcome o = api.streamOutcome(VUCEVIC_ARMY);

        assertGivenUp(List.of(o), "");
        assertThat(o.events()).as(o.toString()).startsWith("delta").contains("restart");
    }

    private List<Outcome> everyEndpoint() throws Exception {
        return List.of(api.chatOutcome(VUCEVIC_ARMY), api.completionOutcome(VUCEVIC_ARMY), api.streamOutcome(VUCEVIC_ARMY));
    }

    private String goodAnswer() {
        int n = numberOf(VUCEVIC_ARMY, "Milos Vucevic");
        return "Vucevic said the armed forces and police are prepared to respond if necessary [" + n + "].";
    }

    /** The answer a word at a time, as a model streams it. */
    static String[] words(String text) {
        return text.split("(?<= )");
    }

    private static void assertGivenUp(List<Outcome> outcomes, String reason) {
        String all = ApiClient.describe(outcomes);
        for (Outcome o : outcomes) {
            assertThat(o.mode()).as(all).isEqualTo("extractive");
            assertThat(o.grounded()).as(all).isTrue();
            assertThat(o.warnings()).as(all).anySatisfy(w -> assertThat(w).contains("The language model (gpt-test)")
                    .contains(reason).contains("extractive answer instead"));
            // Given up well before the server would have finished.
            assertThat(o.millis()).as(all).isLessThan(6000);
        }
    }
}
