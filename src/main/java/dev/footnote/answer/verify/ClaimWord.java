package dev.footnote.answer.verify;

import java.util.List;
import java.util.Objects;

/**
 * A word of a claim (or a name or number of several words) as the judge weighs it.
 *
 * @param text  as written in the claim: {@code claim.substring(start, end)}
 * @param start offset in the claim
 * @param end   offset after it in the claim
 * @param kind  what it is
 * @param terms its analysed terms (folded, stemmed), as the index sees them; empty for a number
 * @param value the number it states; {@code null} unless {@code kind} is {@link WordKind#NUMBER}
 * @param upTo  the greatest value of the range a number states ("the 1600s": 1699), {@code value} for one value
 */
public record ClaimWord(String text, int start, int end, WordKind kind, List<String> terms, Double value, Double upTo) {

    public ClaimWord(String text, int start, int end, WordKind kind, List<String> terms, Double value) {
        this(text, start, end, kind, terms, value, value);
    }

    public ClaimWord {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        terms = List.copyOf(terms);
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("offsets [" + start + ", " + end + ") do not fit '" + text + "'");
        }
        if ((kind == WordKind.NUMBER) != (value != null)) {
            throw new IllegalArgumentException("a number, and only a number, has a value: " + text);
        }
    }

    /** Whether its absence from the evidence changes what the claim says, not only how well it is said. */
    public boolean critical() {
        return kind != WordKind.CONTENT;
    }
}
