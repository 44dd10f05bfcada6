package dev.footnote.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates a paragraph's trailing {@code (citation: …)} from its quotable text.
 * The trailer names where the paragraph came from; it is metadata, never something to quote.
 */
public final class SourceTrailer {

    private static final Pattern TRAILER =
            Pattern.compile("\\s*\\((?i:citation|source)\\s*:\\s*([^()]*(?:\\([^()]*\\)[^()]*)*)\\)\\s*$");

    private SourceTrailer() {
    }

    /** The paragraph's text without the trailer, and the trailer's content (or {@code null}). */
    public record Split(String text, String source) {
    }

    public static Split split(String paragraph) {
        Matcher m = TRAILER.matcher(paragraph);
        if (!m.find()) {
            return new Split(paragraph.strip(), null);
        }
        String source = m.group(1).strip();
        return new Split(paragraph.substring(0, m.start()).strip(), source.isEmpty() ? null : source);
    }

    /** Whether the line ends with a trailer, which also ends its paragraph. */
    public static boolean endsWithTrailer(String line) {
        return TRAILER.matcher(line).find();
    }
}
