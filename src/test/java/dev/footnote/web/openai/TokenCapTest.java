package dev.footnote.web.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;

/** max_tokens: whole sentences with their markers, the citations of what is kept and no others. */
class TokenCapTest {

    private static final String PASSAGE = "The mill closed in 1921. The river flooded twice. The town rebuilt the bridge.";

    private final CitedAnswer answer = new CitedAnswer(
            "The mill closed in 1921 [1]. The river flooded twice [2]. The town rebuilt the bridge [3].", true,
            CitedAnswer.EXTRACTIVE, List.of(citation(1, "The mill closed in 1921."), citation(2, "The river flooded twice."),
            citation(3, "The town rebuilt the bridge.")), List.of());

    @Test
    void withoutACapOrUnderItTheAnswerIsWhole() {
        assertThat(TokenCap.of(answer, null).cut()).isFalse();
        int tokens = TokenCount.of(FootnoteMarkdown.of(answer));
        assertThat(TokenCap.of(answer, tokens).content()).isEqualTo(FootnoteMarkdown.of(answer));
    }

    @Test
    void aCapKeepsWholeSentencesAndOnlyTheirCitations() {
        int tokens = TokenCount.of(FootnoteMarkdown.of(answer));
        TokenCap.Capped capped = TokenCap.of(answer, tokens - 1);
        assertThat(capped.cut()).isTrue();
        assertThat(capped.answer().text()).isEqualTo("The mill closed in 1921 [1]. The river flooded twice [2].");
        assertThat(capped.answer().citations()).extracting(Citation::marker).containsExactly(1, 2);
        assertThat(TokenCount.of(capped.content())).isLessThanOrEqualTo(tokens - 1);
        assertThat(capped.content()).contains("[^2]: ").doesNotContain("[^3]").doesNotContain("bridge");
    }

    @Test
    void whenNotEvenTheFirstSentenceFitsNothingIsWritten() {
        TokenCap.Capped capped = TokenCap.of(answer, 3);
        assertThat(capped.cut()).isTrue();
        assertThat(capped.content()).isEmpty();
        assertThat(capped.answer().citations()).isEmpty();
    }

    private static Citation citation(int marker, String quote) {
        int start = PASSAGE.indexOf(quote);
        return new Citation(marker, "p1", "d1", "Mill records", quote, start, start + quote.length());
    }
}
