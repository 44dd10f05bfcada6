package dev.footnote.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A whole conversation: its summary and every turn, oldest first, each with when it was answered. */
public record Conversation(ConversationSummary summary, List<StoredTurn> turns) {

    public Conversation {
        Objects.requireNonNull(summary, "summary");
        turns = List.copyOf(turns);
    }

    /** A turn as kept, with the time its answer was stored. */
    public record StoredTurn(Turn turn, Instant answered) {

        public StoredTurn {
            Objects.requireNonNull(turn, "turn");
            Objects.requireNonNull(answered, "answered");
        }
    }
}
