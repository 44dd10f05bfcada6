package dev.footnote.chat;

import java.util.Optional;

import dev.footnote.answer.CitedAnswer;

/**
 * A specialised way to answer some messages (e.g. "Summarize the positions of the US and Serbia on
 * Kosovo"): it answers the messages it recognises and declines the rest, which go to the general answerer.
 */
public interface ChatRoute {

    /** The answer, or empty when this route does not handle the message. */
    Optional<CitedAnswer> answer(String message);
}
