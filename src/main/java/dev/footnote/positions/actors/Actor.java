package dev.footnote.positions.actors;

import java.util.List;
import java.util.Objects;

/**
 * Someone who can hold a position: a state, an organisation or a person.
 *
 * @param name    the canonical name, e.g. {@code United States}
 * @param kind    what sort of actor it is
 * @param aliases the other names it goes by (in the corpus, the built-in list or {@code config/actors.yml})
 */
public record Actor(String name, Kind kind, List<String> aliases) {

    /** What sort of actor; media are known only so that their reports are not taken for positions. */
    public enum Kind { STATE, ORGANISATION, PERSON, MEDIA, UNKNOWN }

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        aliases = List.copyOf(aliases);
    }

    /** The name and every alias. */
    public List<String> names() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        aliases.stream().filter(a -> !Folding.key(a).equals(Folding.key(name))).forEach(all::add);
        return all;
    }
}
