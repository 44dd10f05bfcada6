package dev.footnote.check;

import java.util.Objects;

/** A piece of the submitted text: {@code text} is exactly {@code submitted.substring(start, end)}. */
public record TextSpan(String text, int start, int end) {

    public TextSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("offsets [" + start + ", " + end + ") do not fit '" + text + "'");
        }
    }

    static TextSpan of(String submitted, int start, int end) {
        return new TextSpan(submitted.substring(start, end), start, end);
    }
}
