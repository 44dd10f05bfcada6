package dev.footnote.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * A conversation as listed: its title (the first question, until renamed), when it started and
 * when it last changed, and how many turns it holds.
 */
public record ConversationSummary(String id, String title, Instant created, Instant updated, int turns) {

    public ConversationSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        if (turns < 0) {
            throw new IllegalArgumentException("turns must be >= 0, was " + turns);
        }
    }
}
