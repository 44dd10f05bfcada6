package dev.footnote.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class FootnoteAnalyzerTest {

    private final FootnoteAnalyzer analyzer = new FootnoteAnalyzer();

    @Test
    void diacriticsAreFolded() {
        assertThat(terms("Vučić")).isEqualTo(terms("Vucic")).containsExactly("vucic");
        assertThat(terms("Vučević")).isEqualTo(terms("Vucevic"));
    }

    @Test
    void unicodeHyphensMatchTheAsciiHyphen() {
        List<String> ascii = terms("de-escalation");
        assertThat(terms("de\u2011escalation")).isEqualTo(ascii);
        assertThat(terms("de\u2010escalation")).isEqualTo(ascii);
        assertThat(terms("de\u2013escalation")).isEqualTo(ascii);
        assertThat(ascii).contains("escal");
    }

    @Test
    void curlyAndStraightApostrophesMatch() {
        assertThat(terms("Serbia\u2019s leadership")).isEqualTo(terms("Serbia's leadership"))
                .containsExactly("serbia", "leadership");
        assertThat(terms("Belgrade\u2019s")).isEqualTo(terms("Belgrade's"));
    }

    @Test
    void englishWordsAreStemmedAndStopWordsDropped() {
        assertThat(terms("urging the negotiations")).isEqualTo(terms("urged negotiation"));
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws IOException {
        String text = "Serbia\u2019s de\u2011escalation";
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            List<String> surface = new ArrayList<>();
            while (stream.incrementToken()) {
                surface.add(text.substring(offsets.startOffset(), offsets.endOffset()));
            }
            stream.end();
            assertThat(surface).containsExactly("Serbia\u2019s", "de", "escalation");
        }
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }
}
