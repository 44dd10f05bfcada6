package dev.footnote.check;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of the submitted text as checked.
 *
 * @param text        exactly {@code submitted.substring(start, end)}
 * @param verdict     how far the corpus backs it
 * @param citations   the passage sentences that back it, best first (empty when nothing does)
 * @param unsupported its words that nothing cited backs, with offsets into the submitted text, in order
 * @param score       the support judge's score (0..1; below 0 with a contradiction)
 * @param contradicted whether the best evidence states another number or negates what the sentence does not
 */
public record CheckedSentence(String text, int start, int end, Verdict verdict, List<CheckCitation> citations,
                              List<TextSpan> unsupported, double score, boolean contradicted) {

    public CheckedSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(verdict, "verdict");
        citations = List.copyOf(citations);
        unsupported = List.copyOf(unsupported);
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("offsets [" + start + ", " + end + ") do not fit the sentence");
        }
    }
}
