package dev.footnote.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text and Markdown: a paragraph ends at a blank line or at a line that ends with a
 * {@code (citation: …)} trailer; in Markdown, a {@code #} heading line is a heading of its own.
 */
final class PlainTextParser {

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");

    private PlainTextParser() {
    }

    static ParsedText parse(String text, boolean markdown) {
        List<TextBlock> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            Matcher heading = markdown ? ATX_HEADING.matcher(line) : null;
            if (heading != null && heading.matches()) {
                flush(current, blocks);
                if (!heading.group(1).isBlank()) {
                    blocks.add(TextBlock.heading(heading.group(1).strip(), 0));
                }
                continue;
            }
            if (line.isBlank()) {
                flush(current, blocks);
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line.strip());
            if (SourceTrailer.endsWithTrailer(line)) {
                flush(current, blocks);
            }
        }
        flush(current, blocks);
        return new ParsedText(null, 0, blocks);
    }

    private static void flush(StringBuilder current, List<TextBlock> blocks) {
        if (!current.toString().isBlank()) {
            blocks.add(TextBlock.paragraph(current.toString(), 0));
        }
        current.setLength(0);
    }
}
