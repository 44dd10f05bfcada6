package dev.footnote.positions;

import java.util.List;

/**
 * An actor of the corpus as {@code GET /api/actors} lists it.
 *
 * @param name       the canonical name
 * @param kind       state, organisation, person (lower case)
 * @param aliases    the other names it goes by
 * @param statements how many sentences of the corpus speak for it
 */
public record ActorSummary(String name, String kind, List<String> aliases, int statements) {

    public ActorSummary {
        aliases = List.copyOf(aliases);
    }
}
