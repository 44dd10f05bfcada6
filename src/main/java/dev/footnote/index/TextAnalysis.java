package dev.footnote.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * The shared analysis of the text fields ({@link FootnoteAnalyzer}) behind Footnote's own types: the
 * analysed terms of a text, and highlighted fragments for people. Both backends analyse with it (Solr's
 * schema mirrors it), and callers outside the index reach Lucene's analysis only through this class.
 */
public final class TextAnalysis {

    private final Analyzer analyzer;

    public TextAnalysis(FootnoteAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** All analysed terms of a text, repeats included, in order. */
    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return tokens;
    }

    /**
     * Up to {@code fragments} fragments of {@code text} of about {@code fragmentChars} around the
     * analysed {@code terms}, HTML-escaped, matches in {@code <mark>}, joined by " … "; the opening of
     * the text when no term occurs in it (a dense hit may share no word with the query).
     */
    public String highlight(List<String> terms, String text, int fragmentChars, int fragments) {
        SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();
        String opening = encoder.encodeText(text.length() <= fragmentChars ? text : text.substring(0, fragmentChars) + "…");
        if (terms.isEmpty()) {
            return opening;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        // Lucene refuses more clauses than its limit: a pasted page of text highlights its first terms.
        terms.stream().limit(IndexSearcher.getMaxClauseCount())
                .forEach(t -> query.add(new TermQuery(new Term(IndexFields.TEXT, t)), BooleanClause.Occur.SHOULD));
        QueryScorer scorer = new QueryScorer(query.build(), IndexFields.TEXT);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder, scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, fragmentChars));
        try {
            String[] found = highlighter.getBestFragments(analyzer, IndexFields.TEXT, text, fragments);
            return found.length == 0 ? opening : String.join(" … ", found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException("highlighter offsets out of range", e);
        }
    }
}
