package dev.footnote.positions.actors;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Length-preserving folding for matching names: diacritics dropped ({@code Vučić} → {@code Vucic}),
 * typographic apostrophes made ASCII, optionally lower-cased. Because every character maps to exactly
 * one character, an offset in the folded text is the same offset in the original.
 */
public final class Folding {

    private Folding() {
    }

    public static String fold(String text, boolean lowerCase) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i), lowerCase));
        }
        return out.toString();
    }

    /** Folded, lower-cased and with runs of white space collapsed: the key under which names are compared. */
    public static String key(String name) {
        String folded = fold(name.strip(), true);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static char foldChar(char c, boolean lowerCase) {
        if (c < 128) {
            // the common case, without the allocations of normalising and lower-casing a one-letter string
            return lowerCase && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
            return '\'';
        }
        if (c == '\u00A0') {
            return ' ';
        }
        if (c == '\u0110' || c == '\u0111') {
            // Đ/đ has no decomposition; Serbian Latin transliterates it as "Dj", but one letter keeps offsets.
            return lowerCase || c == '\u0111' ? 'd' : 'D';
        }
        char base = c;
        if (c > 127) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            base = decomposed.charAt(0);
        }
        return lowerCase ? String.valueOf(base).toLowerCase(Locale.ROOT).charAt(0) : base;
    }
}
