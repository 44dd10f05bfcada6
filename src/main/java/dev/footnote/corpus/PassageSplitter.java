package dev.footnote.corpus;

import dev.footnote.text.Sentences;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a document into passages: one per paragraph, and a paragraph longer than
 * {@code maxWords} into several at sentence boundaries. Headings are not passages: they become the
 * section of the paragraphs below them. Nor are the other blocks a reader would not quote
 * ({@link BlockRoles}): memo header lines, the signature block, the title page and running headers
 * become the context of every passage of the document; a short line without a verb between paragraphs
 * (an unmarked heading, a label) the context of the passage below it; page numbers are dropped.
 */
public final class PassageSplitter {

    /**
     * A passage's context is searched, never quoted; a title page or signature is a few hundred characters,
     * and a document whose "context" runs longer (a page of labels) should not weigh on every passage's score.
     */
    static final int MAX_CONTEXT_CHARS = 1000;

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
     * @param context the document's lines that belong to it but are not quotable, one a line, or {@code null}
     */
    public record Piece(String text, String source, int page, String section, String context) {

        public Piece(String text, String source, int page, String section) {
            this(text, source, page, section, null);
        }

        public Piece(String text, String source) {
            this(text, source, 0, null);
        }
    }

    /**
     * Plain text, paragraphs ending at blank lines or citation trailers; sources come from trailers only.
     * Every paragraph is a passage, as written: the text is taken to be statements (the seed corpus's form).
     */
    public List<Piece> split(String documentText) {
        ParsedText parsed = PlainTextParser.parse(documentText, false);
        List<BlockRoles.Role> roles = parsed.blocks().stream()
                .map(b -> b.heading() ? BlockRoles.Role.HEADING : BlockRoles.Role.BODY).toList();
        return split(parsed, roles, null);
    }

    /**
     * The passages of a parsed document.
     *
     * @param title a paragraph without a trailer gets the title (and its page) as its source; {@code null} for none
     */
    public List<Piece> split(ParsedText parsed, String title) {
        return split(parsed, BlockRoles.of(parsed), title);
    }

    private List<Piece> split(ParsedText parsed, List<BlockRoles.Role> roles, String title) {
        List<TextBlock> blocks = parsed.blocks();
        int firstBody = roles.indexOf(BlockRoles.Role.BODY);
        int lastBody = roles.lastIndexOf(BlockRoles.Role.BODY);
        Set<String> documentLines = new LinkedHashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            BlockRoles.Role role = roles.get(i);
            // A fragment before the first paragraph is front matter ("MEMORANDUM"), after the last one an end
            // note ("Attachments"): both about the whole document.
            boolean outsideBody = role == BlockRoles.Role.FRAGMENT && (i < firstBody || i > lastBody);
            if (role.wholeDocument() || outsideBody) {
                documentLines.add(blocks.get(i).text());
            }
        }
        List<Piece> pieces = new ArrayList<>();
        String section = null;
        List<String> linesAbove = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            BlockRoles.Role role = roles.get(i);
            if (role == BlockRoles.Role.HEADING) {
                section = block.text();
                continue;
            }
            if (role == BlockRoles.Role.FRAGMENT && i > firstBody && i < lastBody) {
                linesAbove.add(block.text());
                continue;
            }
            if (role != BlockRoles.Role.BODY) {
                continue;
            }
            SourceTrailer.Split split = SourceTrailer.split(block.text());
            if (split.text().isBlank()) {
                continue;
            }
            String source = split.source() != null ? split.source() : sourceOf(title, block.page());
            String context = context(linesAbove, documentLines);
            linesAbove.clear();
            for (String chunk : chunk(split.text())) {
                pieces.add(new Piece(chunk, source, block.page(), section, context));
            }
        }
        return pieces;
    }

    /** The lines directly above the passage, then the document's own, one a line; at most {@link #MAX_CONTEXT_CHARS}. */
    private static String context(List<String> linesAbove, Set<String> documentLines) {
        Set<String> lines = new LinkedHashSet<>(linesAbove);
        lines.addAll(documentLines);
        StringBuilder context = new StringBuilder();
        for (String line : lines) {
            if (context.length() + line.length() + 1 > MAX_CONTEXT_CHARS) {
                break;
            }
            context.append(context.length() == 0 ? "" : "\n").append(line);
        }
        return context.length() == 0 ? null : context.toString();
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
