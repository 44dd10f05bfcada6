package dev.footnote.positions;

import java.util.List;

import dev.footnote.retrieval.QueryText;

/** The limits a positions request must keep; a request over them is refused with a message naming the limit. */
final class PositionsRequestLimits {

    private final PositionsSettings settings;

    PositionsRequestLimits(PositionsSettings settings) {
        this.settings = settings;
    }

    /** The actor listing: a limit in range and a query no longer than an actor's name may be. */
    void checkListing(String query, int limit) {
        if (limit < 1 || limit > settings.maxListedActors()) {
            throw new InvalidPositionsRequestException("limit must be between 1 and " + settings.maxListedActors() + ".");
        }
        if (query != null && query.length() > settings.maxActorNameChars()) {
            throw new InvalidPositionsRequestException("The query has " + query.length() + " characters; the limit is "
                    + settings.maxActorNameChars() + ".");
        }
    }

    /** A positions request: a searchable topic within its length, and at most so many searchable actor names. */
    void checkPositions(String topic, List<String> actors) {
        if (topic == null || topic.isBlank()) {
            throw new InvalidPositionsRequestException("The topic must not be empty or blank.");
        }
        if (!QueryText.isSearchable(topic)) {
            throw new InvalidPositionsRequestException("The topic has no letters, digits or symbols to search for.");
        }
        if (topic.length() > settings.maxTopicChars()) {
            throw new InvalidPositionsRequestException("The topic has " + topic.length() + " characters; the limit is "
                    + settings.maxTopicChars() + ".");
        }
        if (actors == null) {
            return;
        }
        if (actors.size() > settings.maxActors()) {
            throw new InvalidPositionsRequestException("The request names " + actors.size() + " actors; the limit is "
                    + settings.maxActors() + ".");
        }
        for (String actor : actors) {
            if (actor == null || actor.isBlank()) {
                throw new InvalidPositionsRequestException("An actor name must not be empty or blank.");
            }
            if (!QueryText.isSearchable(actor)) {
                throw new InvalidPositionsRequestException("An actor name has no letters, digits or symbols to search for.");
            }
            if (actor.length() > settings.maxActorNameChars()) {
                throw new InvalidPositionsRequestException("An actor name has " + actor.length()
                        + " characters; the limit is " + settings.maxActorNameChars() + ".");
            }
        }
    }
}
