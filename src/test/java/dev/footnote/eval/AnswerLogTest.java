package dev.footnote.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.ShortAnswer;

class AnswerLogTest {

    @Test
    void writesOneLinePerAnswerWithItsQuestionCitationsAndShortAnswer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("answers/run.jsonl");
        Citation citation = new Citation(1, "p1", "d1", "Denver", "Denver won in 2016.", 0, 19, true,
                "Denver won in 2016.", null);
        CitedAnswer quoted = new CitedAnswer("Denver won in 2016. [1]", true, CitedAnswer.EXTRACTIVE, List.of(citation),
                List.of(), null, new ShortAnswer("2016", 1, 14, 18));
        CitedAnswer refused = CitedAnswer.notInCorpus("Not in the corpus.", CitedAnswer.EXTRACTIVE, List.of());

        try (AnswerLog log = AnswerLog.to(file)) {
            log.record("When did Denver win?", quoted);
            log.record("Who is the prime minister of Japan?", refused);
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("question").asText()).isEqualTo("When did Denver win?");
        assertThat(first.get("answer").get("grounded").asBoolean()).isTrue();
        assertThat(first.get("answer").get("citations").get(0).get("quote").asText()).isEqualTo("Denver won in 2016.");
        assertThat(first.get("answer").get("shortAnswer").get("text").asText()).isEqualTo("2016");
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("answer").get("grounded").asBoolean()).isFalse();
    }

    @Test
    void noFileWritesNothing() {
        try (AnswerLog log = AnswerLog.to(null)) {
            assertThat(log).isSameAs(AnswerLog.NONE);
            log.record("Anything?", CitedAnswer.notInCorpus("No.", CitedAnswer.EXTRACTIVE, List.of()));
        }
    }
}
