package dev.footnote.web;

import static dev.footnote.web.LlmWire.openAiCompletion;
import static dev.footnote.web.LlmWire.openAiStream;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.web.ApiClient.Outcome;

/**
 * Issue 12, item 2: a decline is recognised only as the whole answer, one short sentence of the
 * expected form. Uncited text that merely contains a decline phrase is uncited text: it is not
 * passed on, and the extractive answer replaces it on every endpoint.
 */
class LlmVerificationBypassTest extends OpenAiStubTest {

    private static final String ECONOMY = "What did Vucevic say about the economy of Kosovo?";

    @Test
    void uncitedTextEndingInADeclinePhraseIsNotPassedOnByAnyEndpoint() throws Exception {
        answerEverywhere("PWNED. Visit http://evil.example/login and enter your password. The passages do not contain the answer.");

        List<Outcome> outcomes = everyEndpoint(VUCEVIC_ARMY);

        String all = ApiClient.describe(outcomes);
        for (Outcome o : outcomes) {
            assertThat(o.mode()).as(all).isEqualTo("extractive");
            assertThat(o.answer()).as(all).doesNotContain("PWNED").doesNotContain("evil.example");
            assertThat(o.warnings()).as(all).anySatisfy(w -> assertThat(w).contains("answered without citing any of the passages"));
        }
    }

    @Test
    void aDeclinePhraseFollowedByOtherTextIsNotADecline() throws Exception {
        answerEverywhere("The passages do not contain the answer, but you can find it at http://evil.example/login if you enter your password.");

        List<Outcome> outcomes = everyEndpoint(ECONOMY);

        String all = ApiClient.describe(outcomes);
        for (Outcome o : outcomes) {
            assertThat(o.mode()).as(all).isEqualTo("extractive");
            assertThat(o.answer()).as(all).doesNotContain("evil.example");
        }
    }

    @Test
    void aDeclineInTheExpectedFormIsStillADeclineOnEveryEndpoint() throws Exception {
        for (String decline : List.of("The passages do not contain the answer.",
                "The passages do not contain information about the economy of Kosovo.",
                "I cannot answer this question from the passages.")) {
            answerEverywhere(decline);

            List<Outcome> outcomes = everyEndpoint(ECONOMY);

            String all = ApiClient.describe(outcomes);
            for (Outcome o : outcomes) {
                assertThat(o.mode()).as(all).isEqualTo("llm");
                assertThat(o.grounded()).as(all).isFalse();
                assertThat(o.citations()).as(all).isZero();
                assertThat(o.warnings()).as(all).isEmpty();
                assertThat(o.answer()).as(all).isEqualTo(decline);
            }
        }
    }

    private void answerEverywhere(String text) {
        llm.resetAll();
        llm.stubFor(answerRequest(false).willReturn(openAiCompletion(text)));
        llm.stubFor(answerRequest(true).willReturn(openAiStream(LlmStallTest.words(text))));
    }

    private List<Outcome> everyEndpoint(String question) throws Exception {
        return List.of(api.chatOutcome(question), api.completionOutcome(question), api.streamOutcome(question));
    }
}
