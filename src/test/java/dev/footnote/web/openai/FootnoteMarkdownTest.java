package dev.footnote.web.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;

class FootnoteMarkdownTest {

    @Test
    void markersBecomeFootnotesWithSourceAndQuote() {
        var answer = new CitedAnswer("Calm is needed. [1] Talks go on. [2]", true, "extractive", List.of(
                new Citation(1, "p1", "d1", "joint statement, 2024", "Calm is needed.", 0, 15),
                new Citation(2, "p2", "d2", null, "Talks go on.", 10, 22)), List.of());

        assertThat(FootnoteMarkdown.of(answer)).isEqualTo("""
                Calm is needed.[^1] Talks go on.[^2]

                [^1]: joint statement, 2024 — \u201CCalm is needed.\u201D
                [^2]: document d2 — \u201CTalks go on.\u201D""");
    }

    @Test
    void anUngroundedAnswerHasNoFootnotes() {
        var answer = CitedAnswer.notInCorpus("Not in the corpus.", "extractive", List.of());
        assertThat(FootnoteMarkdown.of(answer)).isEqualTo("Not in the corpus.");
    }

    @Test
    void streamedPiecesJoinBackIntoTheContent() {
        String content = "One  two\n\n[^1]: three";
        assertThat(CompletionWriter.pieces(content)).containsExactly("One  ", "two\n\n", "[^1]: ", "three");
        assertThat(String.join("", CompletionWriter.pieces(""))).isEmpty();
    }
}
