package dev.footnote.chat;

import java.util.List;

import dev.langchain4j.data.message.ChatMessage;

/** Turns a follow-up question into a standalone one that retrieval can use on its own. */
public interface QuestionCondenser {

    /**
     * @param question the new message
     * @param turns    the conversation's earlier turns, oldest first (may be empty)
     * @param messages the same conversation as chat messages, from its bounded chat memory
     */
    Condensed condense(String question, List<Turn> turns, List<ChatMessage> messages);

    /** The standalone question and anything that went wrong while writing it. */
    record Condensed(String query, List<String> warnings) {

        public Condensed {
            warnings = List.copyOf(warnings);
        }

        public static Condensed as(String query) {
            return new Condensed(query, List.of());
        }
    }
}
