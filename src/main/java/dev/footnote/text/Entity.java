package dev.footnote.text;

import java.util.Objects;

/**
 * A typed span of an analysed text.
 *
 * @param type  what it names
 * @param text  the span as written ({@code analysed.substring(start, end)})
 * @param start offset of its first character in the analysed text
 * @param end   offset after its last character
 */
public record Entity(EntityType type, String text, int start, int end) {

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("bad entity span " + start + ".." + end + " for '" + text + "'");
        }
    }
}
