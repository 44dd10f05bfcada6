package dev.footnote.index;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English analysis that forgives typography: Unicode hyphens, dashes, apostrophes and quotes are
 * mapped to ASCII before tokenising (so {@code de‑escalation} with U+2011 matches
 * {@code de-escalation}, and {@code Serbia’s} matches {@code Serbia's}), diacritics are folded
 * ({@code Vučić} matches {@code Vucic}), possessives and stop words dropped, words Porter-stemmed.
 */
public final class FootnoteAnalyzer extends Analyzer {

    private static final NormalizeCharMap PUNCTUATION = buildPunctuationMap();

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        // MappingCharFilter keeps offsets pointing at the original text, which the highlighter needs.
        return new MappingCharFilter(PUNCTUATION, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static NormalizeCharMap buildPunctuationMap() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (String hyphen : new String[] {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"}) {
            map.add(hyphen, "-");
        }
        // A soft hyphen is invisible in the text: drop it rather than split the word.
        map.add("\u00AD", "");
        for (String apostrophe : new String[] {"\u2018", "\u2019", "\u201A", "\u201B", "\u02BC", "\u2032", "\uFF07"}) {
            map.add(apostrophe, "'");
        }
        for (String quote : new String[] {"\u201C", "\u201D", "\u201E", "\u201F", "\u00AB", "\u00BB", "\u2033"}) {
            map.add(quote, "\"");
        }
        for (String space : new String[] {"\u00A0", "\u2007", "\u202F", "\u2009", "\u200A"}) {
            map.add(space, " ");
        }
        return map.build();
    }
}
