package dev.footnote.web.security;

import java.util.Locale;

/** What a key may do: {@code reader} asks, searches and reads passages; {@code editor} also changes documents. */
public enum Role {
    READER, EDITOR;

    /** Whether this role includes {@code other} (an editor is also a reader). */
    public boolean includes(Role other) {
        return this == EDITOR || this == other;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String role) {
        for (Role r : values()) {
            if (r.label().equalsIgnoreCase(role == null ? "" : role.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("an API key's role must be reader or editor, was '" + role + "'");
    }
}
