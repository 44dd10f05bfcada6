package dev.footnote.text;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Splits brackets and double quotes off tokens. The 1.5 tokenizer model leaves them attached in
 * places ("AFC)"), which hides the name inside from the tagger and the entity rules.
 */
final class Brackets {

    private static final String OPENING = "([{\"“";
    private static final String CLOSING = ")]}\"”";

    private Brackets() {
    }

    static Span[] splitOff(String text, Span[] tokens) {
        List<Span> out = new ArrayList<>(tokens.length + 4);
        for (Span token : tokens) {
            int start = token.getStart();
            int end = token.getEnd();
            List<Span> tail = new ArrayList<>(2);
            while (end - start > 1 && OPENING.indexOf(text.charAt(start)) >= 0) {
                out.add(new Span(start, start + 1));
                start++;
            }
            while (end - start > 1 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
                tail.add(0, new Span(end - 1, end));
                end--;
            }
            out.add(new Span(start, end));
            out.addAll(tail);
        }
        return out.toArray(Span[]::new);
    }
}
