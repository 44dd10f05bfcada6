package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.footnote.corpus.Passage;

/**
 * Puts the per-document extracts together into one catalog. The same name in two documents is one
 * actor; a surname that a document used alone joins the one person of the corpus who bears it, and
 * stays apart when two people do (two Clintons stay two, and "Clinton" alone is neither).
 */
final class CatalogAssembler {

    private CatalogAssembler() {
    }

    /** @param inCorpus whether a name occurs anywhere in the corpus; {@code null} to read it from the passages */
    static ActorCatalog assemble(List<Passage> passages, List<StatementCodec.Extract> extracts, Gazetteer gazetteer,
                                 java.util.function.Predicate<String> inCorpus) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (StatementCodec.Extract e : extracts) {
            for (Actor a : e.actors()) {
                actors.merge(Folding.key(a.name()), a, StatementCodec::merge);
            }
        }
        Naming naming = naming(actors, gazetteer, oneWord -> writtenInLowerCase(passages, oneWord));

        List<Statement> statements = new ArrayList<>();
        Set<String> speaking = new LinkedHashSet<>();
        for (StatementCodec.Extract e : extracts) {
            for (Statement s : e.statements()) {
                Statement named = naming.rename(s);
                if (named != null) {
                    statements.add(named);
                    speaking.addAll(named.speakers());
                }
            }
        }
        return new ActorCatalog(naming.speaking(speaking), statements, known(naming.speaking(speaking), gazetteer),
                inCorpus != null ? inCorpus : CorpusMentions.inText(passages));
    }

    /** Every actor known: the lists', and the speaking actors no list knows. */
    static List<Actor> known(List<Actor> speaking, Gazetteer gazetteer) {
        List<Actor> known = new ArrayList<>(gazetteer.actors());
        speaking.stream().filter(a -> gazetteer.find(a.name()).isEmpty()).forEach(known::add);
        return known;
    }

    /**
     * How the catalog names the speakers the documents named.
     *
     * @param actors  the catalog's actors, by folded name
     * @param renamed a document's name of a speaker to the catalog's ("Clinton" to "Bill Clinton")
     * @param dropped catalog names that are no actor (ordinary words, possessors)
     */
    record Naming(Map<String, Actor> actors, Map<String, String> renamed, Set<String> dropped) {

        /** The catalog's name for a speaker as a document named it; {@code null} when it names no actor. */
        String of(String name) {
            String n = renamed.getOrDefault(name, name);
            return dropped.contains(n) ? null : n;
        }

        /** The statement with its speakers as the catalog names them; {@code null} when none is an actor. */
        Statement rename(Statement s) {
            List<String> speakers = s.speakers().stream().map(this::of).filter(n -> n != null).distinct().toList();
            return speakers.isEmpty() ? null : new Statement(s.passage(), s.span(), speakers, s.evidence());
        }

        /** The names a document may have given the actor the catalog calls {@code name}. */
        List<String> sources(String name) {
            List<String> sources = new ArrayList<>();
            if (!renamed.containsKey(name)) {
                sources.add(name);
            }
            renamed.forEach((from, to) -> {
                if (to.equals(name)) {
                    sources.add(from);
                }
            });
            return sources;
        }

        /** The actors of these speaking names, in their order. */
        List<Actor> speaking(Collection<String> names) {
            return names.stream().map(n -> actors.get(Folding.key(n))).filter(a -> a != null).toList();
        }
    }

    /**
     * Names the merged actors of every document (the map is changed): possessives and lost apostrophes, lone surnames
     * and aliases of one actor join their actor; shared aliases are dropped; one-word names the corpus also writes in
     * lower case are ordinary words.
     *
     * @param lowerCase of the given lower-cased one-word names, those the corpus writes in lower case somewhere
     */
    static Naming naming(Map<String, Actor> actors, Gazetteer gazetteer,
                         java.util.function.Function<Set<String>, Set<String>> lowerCase) {
        Map<String, String> renamed = new LinkedHashMap<>(possessives(actors));
        Set<String> possessors = new LinkedHashSet<>();
        lostApostrophes(actors, possessors).forEach(renamed::putIfAbsent);
        renamed.keySet().forEach(n -> actors.remove(Folding.key(n)));
        possessors.forEach(n -> actors.remove(Folding.key(n)));
        loneSurnames(actors, gazetteer).forEach(renamed::putIfAbsent);
        aliasesOfOne(actors).forEach(renamed::putIfAbsent);
        // "Cruzs" → "Cruz" → "Ted Cruz": every renaming goes to the end of its chain.
        renamed.replaceAll((from, to) -> {
            String end = to;
            for (int hops = 0; renamed.containsKey(end) && hops < renamed.size(); hops++) {
                end = renamed.get(end);
            }
            return end;
        });
        renamed.forEach((lone, full) -> {
            actors.remove(Folding.key(lone));
            actors.computeIfPresent(Folding.key(full), (k, a) -> StatementCodec.merge(a, new Actor(a.name(), a.kind(), List.of(lone))));
        });
        dropSharedAliases(actors);
        Set<String> dropped = new LinkedHashSet<>(ordinaryWords(actors, lowerCase));
        dropped.addAll(possessors);
        return new Naming(actors, renamed, dropped);
    }

    /**
     * One-word actors that no list knows and the corpus also writes in lower case ("Jobs", "Ruling",
     * "UPDATE"): ordinary words a document could not tell apart on its own, so not actors.
     */
    private static Set<String> ordinaryWords(Map<String, Actor> actors,
                                             java.util.function.Function<Set<String>, Set<String>> lowerCase) {
        Set<String> oneWord = new java.util.HashSet<>();
        actors.values().stream().filter(a -> !a.name().contains(" "))
                .forEach(a -> oneWord.add(a.name().toLowerCase(java.util.Locale.ROOT)));
        Set<String> ordinary = oneWord.isEmpty() ? Set.of() : lowerCase.apply(oneWord);
        Set<String> names = new LinkedHashSet<>();
        actors.values().stream().filter(a -> ordinary.contains(a.name().toLowerCase(java.util.Locale.ROOT)))
                .forEach(a -> names.add(a.name()));
        return names;
    }

    /** Of these lower-cased words, those the passages write in lower case. */
    static Set<String> writtenInLowerCase(List<Passage> passages, Set<String> words) {
        Set<String> found = new LinkedHashSet<>();
        for (Passage p : passages) {
            for (Words.Word w : Words.of(p.text())) {
                if (!w.capitalised() && words.contains(w.lower())) {
                    found.add(w.lower());
                }
            }
        }
        return found;
    }

    /** An alias two actors share ("Clinton" of each Clinton, in their own documents) names neither in the catalog. */
    private static void dropSharedAliases(Map<String, Actor> actors) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        actors.values().forEach(a -> a.names().stream().map(Folding::key).distinct().forEach(n -> uses.merge(n, 1, Integer::sum)));
        actors.replaceAll((k, a) -> new Actor(a.name(), a.kind(),
                a.aliases().stream().filter(alias -> uses.get(Folding.key(alias)) == 1).toList()));
    }

    /** "Donald Trumps" where the apostrophe was lost: a name with an "s" more than another actor's is that actor. */
    private static Map<String, String> possessives(Map<String, Actor> actors) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Actor a : actors.values()) {
            String key = Folding.key(a.name());
            Actor base = key.endsWith("s") && key.contains(" ") ? actors.get(key.substring(0, key.length() - 1)) : null;
            if (base != null) {
                renamed.put(a.name(), base.name());
            }
        }
        return renamed;
    }

    /**
     * Possessives whose apostrophe was lost (the statements corpus strips them): "Cruzs" is Cruz's, "Obamas EPA" is
     * the EPA. A name whose first word is another actor's name or a person's surname plus "s" is renamed to the one
     * actor it means (the possessor alone, the possessed thing when that is an actor); when that is not one actor
     * ("Clintons" with two Clintons, "Obamas Medicaid"), it is put in {@code dropped}: no actor.
     */
    private static Map<String, String> lostApostrophes(Map<String, Actor> actors, Set<String> dropped) {
        Map<String, List<Actor>> bySurname = new LinkedHashMap<>();
        actors.values().stream().filter(a -> a.kind() == Actor.Kind.PERSON && a.name().contains(" "))
                .forEach(a -> bySurname.computeIfAbsent(Folding.key(a.name().substring(a.name().lastIndexOf(' ') + 1)),
                        k -> new ArrayList<>()).add(a));
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Actor a : actors.values()) {
            String[] words = a.name().split(" ");
            String first = Folding.key(words[0]);
            if (first.length() < 4 || !first.endsWith("s") || first.endsWith("ss") || first.endsWith("'s")) {
                continue;
            }
            String stem = first.substring(0, first.length() - 1);
            Actor named = actors.get(stem);
            List<Actor> bearers = bySurname.getOrDefault(stem, List.of());
            if (named == null && bearers.isEmpty()) {
                continue;
            }
            Actor target;
            if (words.length == 1) {
                target = named != null ? named : bearers.size() == 1 ? bearers.get(0) : null;
            } else {
                target = actors.get(Folding.key(a.name().substring(words[0].length() + 1)));
            }
            if (target != null && target != a) {
                renamed.put(a.name(), target.name());
            } else {
                dropped.add(a.name());
            }
        }
        return renamed;
    }

    /** One-word person names that are the surname of exactly one multi-word person: lone name → full name. */
    private static Map<String, String> loneSurnames(Map<String, Actor> actors, Gazetteer gazetteer) {
        // The multi-word people by surname, once: the corpus may have thousands of actors.
        Map<String, List<Actor>> bySurname = new LinkedHashMap<>();
        actors.values().stream().filter(a -> a.kind() == Actor.Kind.PERSON && a.name().contains(" "))
                .forEach(a -> bySurname.computeIfAbsent(Folding.key(a.name().substring(a.name().lastIndexOf(' ') + 1)),
                        k -> new ArrayList<>()).add(a));
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Actor lone : actors.values()) {
            boolean oneWord = !lone.name().contains(" ");
            boolean personLike = lone.kind() == Actor.Kind.PERSON || lone.kind() == Actor.Kind.UNKNOWN;
            if (!oneWord || !personLike || gazetteer.find(lone.name()).isPresent()) {
                continue;
            }
            List<Actor> bearers = bySurname.getOrDefault(Folding.key(lone.name()), List.of());
            if (bearers.size() == 1) {
                renamed.put(lone.name(), bearers.get(0).name());
            }
        }
        return renamed;
    }

    /**
     * Actors whose name is another actor's alias, and only one actor's: "FIJA" speaking in one document is the
     * "Fully Informed Jury Association (FIJA)" another document defined.
     */
    private static Map<String, String> aliasesOfOne(Map<String, Actor> actors) {
        Map<String, List<Actor>> byAlias = new LinkedHashMap<>();
        actors.values().forEach(a -> a.aliases().stream().map(Folding::key).distinct()
                .forEach(k -> byAlias.computeIfAbsent(k, x -> new ArrayList<>()).add(a)));
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Actor a : actors.values()) {
            List<Actor> owners = byAlias.getOrDefault(Folding.key(a.name()), List.of()).stream().filter(o -> o != a).toList();
            if (owners.size() == 1) {
                renamed.put(a.name(), owners.get(0).name());
            }
        }
        return renamed;
    }
}
