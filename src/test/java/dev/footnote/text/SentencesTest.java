package dev.footnote.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void spansPointAtTrimmedSentences() {
        String text = "First one.  Second one? Third!";

        List<Sentences.Span> spans = Sentences.split(text);

        assertThat(spans).extracting(s -> s.of(text)).containsExactly("First one.", "Second one?", "Third!");
        assertThat(spans.get(1).start()).isEqualTo(12);
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        String text = "The U.S. Secretary met Dr. Smith today. He left.";

        assertThat(Sentences.split(text)).extracting(s -> s.of(text))
                .containsExactly("The U.S. Secretary met Dr. Smith today.", "He left.");
    }
}
