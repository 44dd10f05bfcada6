package dev.footnote.check;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How far the corpus backs a sentence. */
public enum Verdict {
    SUPPORTED, PARTIALLY_SUPPORTED, NOT_SUPPORTED;

    /** The lower-case name used in the API ({@code partially_supported}). */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict of(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
