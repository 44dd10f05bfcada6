package dev.footnote.corpus;

import java.util.List;

/**
 * The text of a file once parsed, before it is cut into passages.
 *
 * @param title  the title from the file's metadata, or {@code null}
 * @param pages  the number of pages; 0 when the format has no pages
 * @param blocks headings and paragraphs in reading order
 */
public record ParsedText(String title, int pages, List<TextBlock> blocks) {

    public ParsedText {
        title = title == null || title.isBlank() ? null : title.strip();
        blocks = List.copyOf(blocks);
    }

    /** The first heading's text, or {@code null}. */
    String firstHeading() {
        return blocks.stream().filter(TextBlock::heading).map(TextBlock::text).findFirst().orElse(null);
    }
}
