package dev.footnote.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void textTheTokenizerWouldDropEntirelyIsNotSearchable() {
        for (String text : new String[] {null, "", " \t\n", "\u200b", "\ufeff", "\u0000", "\u0085", "\u0301\u0308",
                "\ud800", "\udc00", "\ufffd", "\u2028", "\u00a0\u3000", "\u200b\u0000\ufeff"}) {
            assertThat(QueryText.isSearchable(text)).as("%s", text == null ? null : text.codePoints().boxed().toList()).isFalse();
        }
    }

    @Test
    void anyLetterDigitOrSymbolMakesTextSearchable() {
        for (String text : new String[] {"a", "\u200bKosovo", "42", "?", "€", "日本", "e\u0301", "\ud83d\ude00"}) {
            assertThat(QueryText.isSearchable(text)).as(text).isTrue();
        }
    }
}
