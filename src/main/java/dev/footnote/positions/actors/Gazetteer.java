package dev.footnote.positions.actors;

import java.util.HashMap;
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
    /** Where each actor stands in the order of addition (a merged actor keeps its first part's place). */
    private final Map<String, Long> order = new HashMap<>();
    /** Every name and alias, folded, to the name of the actor it belongs to. */
    private final Map<String, String> byKey = new HashMap<>();
    private long next;
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
        // The known actors sharing a name with the new one, found through the key index: adding n actors is
        // linear work, not quadratic (a SQuAD document names hundreds, a corpus thousands).
        Set<String> keys = new LinkedHashSet<>();
        actor.names().forEach(n -> keys.add(Folding.key(n)));
        Set<String> mergedNames = new LinkedHashSet<>();
        keys.forEach(k -> {
            String known = byKey.get(k);
            if (known != null) {
                mergedNames.add(known);
            }
        });
        List<Actor> merged = mergedNames.stream().map(byName::get)
                .sorted(java.util.Comparator.comparingLong(a -> order.get(a.name()))).toList();
        Set<String> aliases = new LinkedHashSet<>(actor.aliases());
        Actor.Kind kind = actor.kind();
        for (Actor known : merged) {
            aliases.addAll(known.names());
            if (kind == Actor.Kind.UNKNOWN) {
                kind = known.kind();
            }
        }
        String name = newNameWins || merged.isEmpty() ? actor.name() : merged.get(0).name();
        if (!newNameWins && !merged.isEmpty()) {
            aliases.add(actor.name());
            kind = actor.kind() == Actor.Kind.UNKNOWN ? merged.get(0).kind() : actor.kind();
        }
        // The merged actor takes the place of the first of its parts, so the order stays stable.
        long place = merged.isEmpty() ? next++ : order.get(merged.get(0).name());
        for (Actor known : merged) {
            byName.remove(known.name());
            order.remove(known.name());
            known.names().forEach(n -> byKey.remove(Folding.key(n)));
        }
        String canonical = name;
        aliases.removeIf(a -> Folding.key(a).equals(Folding.key(canonical)));
        Actor result = new Actor(name, kind, List.copyOf(aliases));
        byName.put(name, result);
        order.put(name, place);
        result.names().forEach(n -> byKey.put(Folding.key(n), name));
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
        return byName.values().stream().sorted(java.util.Comparator.comparingLong(a -> order.get(a.name()))).toList();
    }

    Optional<Actor> find(String nameOrAlias) {
        String name = byKey.get(Folding.key(nameOrAlias));
        return name == null ? Optional.empty() : Optional.of(byName.get(name));
    }

    Gazetteer copy() {
        Gazetteer g = new Gazetteer();
        g.byName.putAll(byName);
        g.order.putAll(order);
        g.byKey.putAll(byKey);
        g.next = next;
        g.ignored.addAll(ignored);
        return g;
    }
}
