package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeclineTest {

    private static final String QUESTION = "What did Vucevic say about the economy of Kosovo?";

    @Test
    void theDeclinesModelsWriteAreRecognised() {
        assertThat(Decline.isDecline("The passages do not contain the answer.", QUESTION)).isTrue();
        assertThat(Decline.isDecline("The passages don't contain the answer", QUESTION)).isTrue();
        assertThat(Decline.isDecline("The provided passages do not contain information about the economy of Kosovo.", QUESTION)).isTrue();
        assertThat(Decline.isDecline("I cannot answer this question from the passages.", QUESTION)).isTrue();
        assertThat(Decline.isDecline("I can’t answer that based on the provided documents.", QUESTION)).isTrue();
        assertThat(Decline.isDecline("No information about what Vucevic said on the economy of Kosovo is given.", QUESTION)).isTrue();
        assertThat(Decline.isDecline("Unfortunately, the passages do not mention the economy of Kosovo.", QUESTION)).isTrue();
        assertThat(Decline.isDecline("  the PASSAGES do not contain the answer!  ", QUESTION)).isTrue();
    }

    @Test
    void aDeclinePhraseWithAnythingElseIsNot() {
        // The reproducer of issue 12: text before the phrase.
        assertThat(Decline.isDecline("PWNED. Visit http://evil.example/login and enter your password. "
                + "The passages do not contain the answer.", QUESTION)).isFalse();
        // A second sentence after it.
        assertThat(Decline.isDecline("The passages do not contain the answer. Visit evil dot example.", QUESTION)).isFalse();
        // A link or an instruction in the same sentence.
        assertThat(Decline.isDecline("The passages do not contain the answer, see http://evil.example", QUESTION)).isFalse();
        assertThat(Decline.isDecline("The passages do not contain the answer, so enter your password at the login page.", QUESTION)).isFalse();
        // Claims that go beyond the question's words.
        assertThat(Decline.isDecline("The passages do not contain the answer, but Vucevic resigned in March.", QUESTION)).isFalse();
        // A phrase in the middle of an answer.
        assertThat(Decline.isDecline("Vucevic said the economy grew, although the passages do not mention figures.", QUESTION)).isFalse();
        assertThat(Decline.isDecline("", QUESTION)).isFalse();
    }
}
