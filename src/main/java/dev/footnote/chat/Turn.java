package dev.footnote.chat;

import dev.footnote.answer.CitedAnswer;

/** One exchange of a conversation: what was asked, what was searched for, what was answered. */
public record Turn(String message, String retrievalQuery, CitedAnswer answer) {
}
