package dev.footnote.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.footnote.index.FootnoteAnalyzer;

/**
 * The Solr schema's text analysis is FootnoteAnalyzer's: the configset's factories, built by Lucene
 * from the shipped files exactly as the schema names them, give the same tokens on text full of
 * Unicode punctuation, diacritics, possessives, stop words and inflections. Without a cluster.
 */
class SolrSchemaAnalysisTest {

    private static Analyzer schemaAnalyzer() throws IOException {
        String schema = Files.readString(SolrTestCluster.CONFIG_DIR.resolve("schema.xml"));
        // The schema's chain, in the schema's order; a change there must be mirrored here (and in FootnoteAnalyzer).
        assertThat(schema).containsSubsequence("MappingCharFilterFactory\" mapping=\"mapping-punctuation.txt\"",
                "StandardTokenizerFactory", "EnglishPossessiveFilterFactory", "LowerCaseFilterFactory", "ASCIIFoldingFilterFactory",
                "StopFilterFactory\" words=\"stopwords_en.txt\"", "PorterStemFilterFactory");
        return CustomAnalyzer.builder(SolrTestCluster.CONFIG_DIR)
                .addCharFilter("mapping", "mapping", "mapping-punctuation.txt")
                .withTokenizer("standard")
                .addTokenFilter("englishPossessive")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .addTokenFilter("stop", "words", "stopwords_en.txt", "ignoreCase", "false")
                .addTokenFilter("porterStem")
                .build();
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "President Vučić said that Serbia’s army would not cross the line.",
            "The de‑escalation (U+2011) and de–escalation (en dash) talks — a “joint” statement.",
            "Kosovo and Metohija: the EU’s and the US‘ officials ‚urged‘ restraint; it is not over.",
            "Zoë’s naïve café façade\u00A0costs 5\u202F000 euros; co\u00ADoperation is soft-hyphenated.",
            "Running runners ran; the governments’ governing of nations nationalised it."})
    void theSchemaAnalysesTextAsFootnoteAnalyzerDoes(String text) throws IOException {
        try (Analyzer schema = schemaAnalyzer(); Analyzer footnote = new FootnoteAnalyzer()) {
            assertThat(tokens(schema, text)).isNotEmpty().isEqualTo(tokens(footnote, text));
        }
    }

    @Test
    void foldingMakesVucicMatchVucic() throws IOException {
        try (Analyzer schema = schemaAnalyzer()) {
            assertThat(tokens(schema, "Vučić")).isEqualTo(tokens(schema, "Vucic")).containsExactly("vucic");
            assertThat(tokens(schema, "de‑escalation")).isEqualTo(tokens(schema, "de-escalation"));
        }
    }
}
