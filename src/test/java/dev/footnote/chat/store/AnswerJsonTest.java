package dev.footnote.chat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.RemovedSentence;

/** A stored turn keeps what was removed from its answer, and a turn stored before there was such a list still reads. */
class AnswerJsonTest {

    @Test
    void theRemovedSentencesOfAnAnswerAreStoredAndReadBack() {
        CitedAnswer answer = new CitedAnswer("The river floods in spring.", false, CitedAnswer.LLM, List.of(),
                List.of("Removed from the answer, because it cites no passage: \"The moon is made of cheese.\""), "gpt-test", null,
                List.of(new RemovedSentence("The moon is made of cheese.", "it cites no passage")));

        CitedAnswer read = AnswerJson.read(AnswerJson.write(answer));

        assertThat(read).isEqualTo(answer);
        assertThat(read.removed()).containsExactly(new RemovedSentence("The moon is made of cheese.", "it cites no passage"));
    }

    @Test
    void anAnswerStoredWithoutTheListReadsAsNothingRemoved() {
        String stored = "{\"text\":\"The passages do not contain the answer.\",\"grounded\":false,\"mode\":\"llm\","
                + "\"citations\":[],\"warnings\":[],\"model\":\"gpt-test\",\"shortAnswer\":null}";

        CitedAnswer read = AnswerJson.read(stored);

        assertThat(read.text()).isEqualTo("The passages do not contain the answer.");
        assertThat(read.removed()).isEmpty();
    }
}
