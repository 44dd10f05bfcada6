package dev.footnote.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Example questions read as English: institutions get their article, people and places do not. */
class ExampleQuestionsTest {

    @Test
    void institutionsGetTheirArticle() {
        assertThat(ExampleQuestions.withArticle("European Union")).isEqualTo("the European Union");
        assertThat(ExampleQuestions.withArticle("United States")).isEqualTo("the United States");
        assertThat(ExampleQuestions.withArticle("Kosovo")).isEqualTo("Kosovo");
        assertThat(ExampleQuestions.withArticle("Milos Vucevic")).isEqualTo("Milos Vucevic");
        // A single word is a name of its own ("Union" alone is left as it is).
        assertThat(ExampleQuestions.withArticle("Union")).isEqualTo("Union");
    }
}
