package dev.footnote.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into passages: one per paragraph, and a paragraph longer than
 * {@code maxWords} into several at sentence boundaries. Headings are not passages: they become the
 * section of the paragraphs below them.
 */
public final class PassageSplitter {

    private final int maxWords;

    public PassageSplitter(int maxWords) {
        if (maxWords < 10) {
            throw new IllegalArgumentException("maxWords must be at least 10, was " + maxWords);
        }
        this.maxWords = maxWords;
    }

    /**
     * A passage before it has ids.
     *
     * @param text    its quotable text
     * @param source  its {@code (citation: …)} trailer, else the document's title and page, or {@code null}
     * @param page    the page it starts on, from 1; 0 when the document has no pages
     * @param section the heading above it, or {@code null}
     */
    public record Piece(String text, String source, int page, String section) {

        public Piece(String text, String source) {
            this(text, source, 0, null);
        }
    }

    /** Plain text, paragraphs ending at blank lines or citation trailers; sources come from trailers only. */
    public List<Piece> split(String documentText) {
        return split(PlainTextParser.parse(documentText, false), null);
    }

    /**
     * The passages of a parsed document.
     *
     * @param title a paragraph without a trailer gets the title (and its page) as its source; {@code null} for none
     */
    public List<Piece> split(ParsedText parsed, String title) {
        List<Piece> pieces = new ArrayList<>();
        String section = null;
        for (TextBlock block : parsed.blocks()) {
            if (block.heading()) {
                section = block.text();
                continue;
            }
            SourceTrailer.Split split = SourceTrailer.split(block.text());
            if (split.text().isBlank()) {
                continue;
            }
            String source = split.source() != null ? split.source() : sourceOf(title, block.page());
            for (String chunk : chunk(split.text())) {
                pieces.add(new Piece(chunk, source, block.page(), section));
            }
        }
        return pieces;
    }

    private static String sourceOf(String title, int page) {
        if (title == null) {
            return null;
        }
        return page > 0 ? title + ", p. " + page : title;
    }

    private List<String> chunk(String paragraph) {
        if (wordCount(paragraph) <= maxWords) {
            return List.of(paragraph);
        }
        List<String> chunks = new ArrayList<>();
        int chunkStart = -1;
        int chunkEnd = -1;
        int words = 0;
        for (Sentences.Span sentence : Sentences.split(paragraph)) {
            int sentenceWords = wordCount(sentence.of(paragraph));
            if (chunkStart >= 0 && words + sentenceWords > maxWords) {
                chunks.add(paragraph.substring(chunkStart, chunkEnd));
                chunkStart = -1;
                words = 0;
            }
            if (chunkStart < 0) {
                chunkStart = sentence.start();
            }
            chunkEnd = sentence.end();
            words += sentenceWords;
        }
        if (chunkStart >= 0) {
            chunks.add(paragraph.substring(chunkStart, chunkEnd));
        }
        return chunks;
    }

    static int wordCount(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
