package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors known before the corpus is read: a small built-in list of states, their demonyms,
 * capitals and acronyms, some organisations and news agencies, merged with {@code config/actors.yml}
 * and whatever a request names. Two entries that share a name or alias are one actor.
 */
public final class Gazetteer {

    private final Map<String, Actor> byName = new LinkedHashMap<>();
    private final Set<String> ignored = new LinkedHashSet<>();

    public static Gazetteer builtIn() {
        Gazetteer g = new Gazetteer();
        g.add(Actor.Kind.STATE, "United States", "US", "U.S.", "USA", "U.S.A.", "America", "American", "Washington");
        g.add(Actor.Kind.ORGANISATION, "European Union", "EU", "E.U.", "Brussels");
        g.add(Actor.Kind.STATE, "Serbia", "Serbian", "Belgrade");
        g.add(Actor.Kind.STATE, "Kosovo", "Kosovar", "Pristina", "Prishtina");
        g.add(Actor.Kind.STATE, "Albania", "Albanian", "Tirana");
        g.add(Actor.Kind.STATE, "Russia", "Russian", "Moscow", "Kremlin", "the Kremlin");
        g.add(Actor.Kind.STATE, "China", "Chinese", "Beijing");
        g.add(Actor.Kind.STATE, "Ukraine", "Ukrainian", "Kyiv", "Kiev");
        g.add(Actor.Kind.STATE, "United Kingdom", "UK", "U.K.", "Britain", "British", "London");
        g.add(Actor.Kind.STATE, "Germany", "German", "Berlin");
        g.add(Actor.Kind.STATE, "France", "French", "Paris");
        g.add(Actor.Kind.ORGANISATION, "United Nations", "UN", "U.N.");
        g.add(Actor.Kind.ORGANISATION, "NATO", "KFOR", "the Alliance");
        g.add(Actor.Kind.ORGANISATION, "OSCE");
        for (String agency : List.of("TASS", "Reuters", "AFP", "Associated Press", "AP", "BBC", "CNN", "Xinhua",
                "RIA Novosti", "Bloomberg", "Al Jazeera", "Tanjug", "N1")) {
            g.add(Actor.Kind.MEDIA, agency);
        }
        return g;
    }

    /** Adds an actor, or merges it into the existing ones that share one of its names. */
    Gazetteer add(Actor.Kind kind, String name, String... aliases) {
        return add(new Actor(name, kind, List.of(aliases)));
    }

    /**
     * Adds a configured actor. If any of its names belongs to known actors, they are merged into one
     * under the new entry's name (a configured group wins over the built-in name), keeping every alias.
     */
    Gazetteer add(Actor actor) {
        return merge(actor, true);
    }

    /** Adds an actor found in the corpus; if it shares a name with a known actor, the known name stays. */
    Gazetteer addDetected(Actor actor) {
        return merge(actor, false);
    }

    private Gazetteer merge(Actor actor, boolean newNameWins) {
        Set<String> keys = new LinkedHashSet<>();
        actor.names().forEach(n -> keys.add(Folding.key(n)));
        Set<String> aliases = new LinkedHashSet<>(actor.aliases());
        Actor.Kind kind = actor.kind();
        List<String> merged = new ArrayList<>();
        for (Actor known : byName.values()) {
            boolean shares = known.names().stream().anyMatch(n -> keys.contains(Folding.key(n)));
            if (shares) {
                merged.add(known.name());
                aliases.addAll(known.names());
                if (kind == Actor.Kind.UNKNOWN) {
                    kind = known.kind();
                }
            }
        }
        String name = newNameWins || merged.isEmpty() ? actor.name() : merged.get(0);
        if (!newNameWins && !merged.isEmpty()) {
            aliases.add(actor.name());
            kind = actor.kind() == Actor.Kind.UNKNOWN ? byName.get(name).kind() : actor.kind();
        }
        // Keep the merged actor where the first of its parts was, so the order stays stable.
        Map<String, Actor> rebuilt = new LinkedHashMap<>();
        boolean placed = false;
        for (Actor known : byName.values()) {
            if (merged.contains(known.name())) {
                if (!placed) {
                    rebuilt.put(name, null);
                    placed = true;
                }
            } else {
                rebuilt.put(known.name(), known);
            }
        }
        String canonical = name;
        aliases.removeIf(a -> Folding.key(a).equals(Folding.key(canonical)));
        rebuilt.put(name, new Actor(name, kind, List.copyOf(aliases)));
        byName.clear();
        byName.putAll(rebuilt);
        return this;
    }

    /** A name never to be taken for an actor (e.g. a newspaper the built-in list does not know). */
    Gazetteer ignore(String name) {
        ignored.add(Folding.key(name));
        return this;
    }

    boolean isIgnored(String name) {
        return ignored.contains(Folding.key(name));
    }

    List<Actor> actors() {
        return List.copyOf(byName.values());
    }

    Optional<Actor> find(String nameOrAlias) {
        String key = Folding.key(nameOrAlias);
        return byName.values().stream().filter(a -> a.names().stream().anyMatch(n -> Folding.key(n).equals(key))).findFirst();
    }

    Gazetteer copy() {
        Gazetteer g = new Gazetteer();
        g.byName.putAll(byName);
        g.ignored.addAll(ignored);
        return g;
    }
}
