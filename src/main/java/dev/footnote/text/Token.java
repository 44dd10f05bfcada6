package dev.footnote.text;

import java.util.Objects;

/**
 * A token of an analysed text with its Penn Treebank part-of-speech tag.
 *
 * @param text  the token as written
 * @param start offset of its first character in the analysed text
 * @param end   offset after its last character ({@code text == analysed.substring(start, end)})
 * @param tag   the Penn Treebank tag, such as {@code NNP} or {@code CD}
 */
public record Token(String text, int start, int end, String tag) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
        }
    }

    /** NNP or NNPS. */
    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    /** A cardinal number (CD). */
    public boolean isNumber() {
        return tag.equals("CD");
    }

    /** A noun of any kind. */
    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    /** A verb of any kind. */
    public boolean isVerb() {
        return tag.startsWith("VB");
    }
}
