package dev.footnote.corpus;

import java.util.Objects;

/**
 * A block of a parsed document in reading order: a heading or a paragraph.
 *
 * @param heading whether the block is a heading (it names the section of the paragraphs below it)
 * @param text    the block's text, line wraps already joined
 * @param page    the page it starts on, from 1; 0 when the format has no pages
 */
public record TextBlock(boolean heading, String text, int page) {

    public TextBlock {
        Objects.requireNonNull(text, "text");
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0, was " + page);
        }
    }

    static TextBlock paragraph(String text, int page) {
        return new TextBlock(false, text, page);
    }

    static TextBlock heading(String text, int page) {
        return new TextBlock(true, text, page);
    }
}
