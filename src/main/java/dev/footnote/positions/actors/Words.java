package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a text with their offsets; a trailing possessive ({@code ’s}) is not part of the word. */
public final class Words {

    /** A word at {@code [start, end)}; {@code lower} is folded and lower-cased for comparisons. */
    public record Word(String text, String lower, int start, int end) {

        public boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.\\-\u2011]*(?:['\u2019]\\p{L}+)?");

    private Words() {
    }

    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            String w = m.group();
            // "U.S." keeps its dots; "closes." does not.
            while (w.endsWith(".") && !w.matches("(?:\\p{L}\\.)+")) {
                w = w.substring(0, w.length() - 1);
                end--;
            }
            if (w.endsWith("'s") || w.endsWith("\u2019s")) {
                w = w.substring(0, w.length() - 2);
                end -= 2;
            }
            if (!w.isEmpty()) {
                words.add(new Word(w, Folding.fold(w, true), m.start(), end));
            }
        }
        return words;
    }
}
