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

    /**
     * The answer with what the route shows beside it (the positions route: its report, whose points the page lays
     * out as a table), or empty when this route does not handle the message. By default nothing is shown beside.
     */
    default Optional<Routed> route(String message) {
        return answer(message).map(a -> new Routed(a, null));
    }

    /**
     * A route's answer and what it shows beside the answer.
     *
     * @param beside what the route adds for the page (read by the web layer, which knows the routes); {@code null}: nothing
     */
    record Routed(CitedAnswer answer, Object beside) {
    }
}
