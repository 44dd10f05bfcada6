package dev.footnote.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits text into sentences, keeping their character offsets so that quotes can point back. */
public final class Sentences {

    /**
     * A word that ends in a full stop without ending a sentence: initials ("U.S.", "J.") or a title ("Dr.", "No.").
     * Compiled once: every break of every passage of every answer is checked.
     */
    private static final Pattern ABBREVIATION =
            Pattern.compile("(?:[A-Z]\\.){1,3}|(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Jr|Sr|vs|etc|No)\\.");

    private Sentences() {
    }

    /** A sentence of a text: {@code text.substring(start, end)}, trimmed of surrounding white space. */
    public record Span(int start, int end) {

        public String of(String text) {
            return text.substring(start, end);
        }

        public int length() {
            return end - start;
        }
    }

    public static List<Span> split(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        List<Span> spans = new ArrayList<>();
        int pendingStart = -1;
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int from = pendingStart >= 0 ? pendingStart : start;
            // BreakIterator breaks after abbreviations such as "U.S. " followed by a capital; a
            // "sentence" of one short token is glued to the next one instead.
            if (end < text.length() && looksLikeAbbreviation(text.substring(start, end))) {
                pendingStart = from;
                continue;
            }
            pendingStart = -1;
            addTrimmed(text, from, end, spans);
        }
        if (pendingStart >= 0) {
            addTrimmed(text, pendingStart, text.length(), spans);
        }
        return spans;
    }

    private static boolean looksLikeAbbreviation(String piece) {
        String s = piece.strip();
        int lastSpace = s.lastIndexOf(' ');
        String lastWord = lastSpace < 0 ? s : s.substring(lastSpace + 1);
        return ABBREVIATION.matcher(lastWord).matches();
    }

    private static void addTrimmed(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
