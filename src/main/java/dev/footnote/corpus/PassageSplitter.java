package dev.footnote.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document's text into passages: one per paragraph, and a paragraph longer than
 * {@code maxWords} into several at sentence boundaries.
 * A paragraph ends at a blank line, or at a line that ends with a {@code (citation: …)} trailer.
 */
public final class PassageSplitter {

    private final int maxWords;

    public PassageSplitter(int maxWords) {
        if (maxWords < 10) {
            throw new IllegalArgumentException("maxWords must be at least 10, was " + maxWords);
        }
        this.maxWords = maxWords;
    }

    /** A passage before it has ids: its quotable text and its source. */
    public record Piece(String text, String source) {
    }

    public List<Piece> split(String documentText) {
        List<Piece> pieces = new ArrayList<>();
        for (String paragraph : paragraphs(documentText)) {
            SourceTrailer.Split split = SourceTrailer.split(paragraph);
            if (split.text().isBlank()) {
                continue;
            }
            for (String chunk : chunk(split.text())) {
                pieces.add(new Piece(chunk, split.source()));
            }
        }
        return pieces;
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.isBlank()) {
                flush(current, paragraphs);
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line.strip());
            if (SourceTrailer.endsWithTrailer(line)) {
                flush(current, paragraphs);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.toString().isBlank()) {
            paragraphs.add(current.toString());
        }
        current.setLength(0);
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
