package dev.footnote.positions.actors;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The actors of a corpus and the statements that speak for each of them. A catalog of a corpus held in memory holds
 * its statements; one of an index holds the actors and their statement counts only, and fetches the statements a
 * request asks for (an actor's, a few passages', a few documents') from the index ({@link ActorCatalogs}).
 */
public final class ActorCatalog {

    /** Where the statements are, by the names the catalog gives their speakers. */
    interface Statements {

        /** The statements of any of these speakers, in corpus order. */
        List<Statement> of(Collection<String> speakers);

        /** The statements of these passages or these documents, in corpus order. */
        List<Statement> in(Collection<String> passageIds, Collection<String> documentIds);

        /** Every statement, in corpus order: for tools and tests, never a request's path on an index. */
        List<Statement> all();
    }

    private final List<Actor> actors;
    private final List<Actor> known;
    private final Predicate<String> inCorpus;
    private final Map<String, Integer> counts;
    private final Statements statements;

    /**
     * A catalog that holds its statements.
     *
     * @param actors     the actors that make at least one statement, in order of their first statement
     * @param statements every attributed sentence, in corpus order
     * @param known      every actor known (built-in, configured, spotted), speaking or not: to tell "no
     *                   statement" from "not in the corpus"
     * @param inCorpus   whether a name occurs anywhere in the corpus ({@link CorpusMentions})
     */
    public ActorCatalog(List<Actor> actors, List<Statement> statements, List<Actor> known, Predicate<String> inCorpus) {
        this(actors, counts(statements), known, inCorpus, held(List.copyOf(statements)));
    }

    /** A catalog whose statements are fetched ({@link ActorCatalogs}); {@code counts}: statements per speaking actor. */
    ActorCatalog(List<Actor> actors, Map<String, Integer> counts, List<Actor> known, Predicate<String> inCorpus,
                 Statements statements) {
        this.actors = List.copyOf(actors);
        this.counts = Map.copyOf(counts);
        this.known = List.copyOf(known);
        this.inCorpus = inCorpus;
        this.statements = statements;
    }

    /** The actors that make at least one statement, in order of their first statement. */
    public List<Actor> actors() {
        return actors;
    }

    /** Every actor known (built-in, configured, spotted), speaking or not. */
    public List<Actor> known() {
        return known;
    }

    /** Every attributed sentence, in corpus order: over an index this reads every statement, so tools and tests only. */
    public List<Statement> statements() {
        return statements.all();
    }

    /** How many statements speak for this actor (by its catalog name). */
    public int statementCount(String actorName) {
        return counts.getOrDefault(actorName, 0);
    }

    public List<Statement> statementsOf(String actorName) {
        return statements.of(List.of(actorName)).stream().filter(s -> s.speakers().contains(actorName)).toList();
    }

    /** The statements of the given passages, in corpus order. */
    public List<Statement> statementsIn(Set<String> passageIds) {
        return passageIds.isEmpty() ? List.of() : statements.in(passageIds, List.of());
    }

    /** The statements of the given passages and of the given documents, in corpus order. */
    public List<Statement> statementsIn(Set<String> passageIds, Set<String> documentIds) {
        return passageIds.isEmpty() && documentIds.isEmpty() ? List.of() : statements.in(passageIds, documentIds);
    }

    /** The speaking actor that goes by this name or alias (diacritics and case ignored). */
    public Optional<Actor> actor(String nameOrAlias) {
        return find(actors, nameOrAlias);
    }

    /** Whether the name, or an alias of the known actor it names, occurs anywhere in the corpus. */
    public boolean mentioned(String nameOrAlias) {
        List<String> names = find(known, nameOrAlias).map(Actor::names).orElse(List.of(nameOrAlias));
        return names.stream().anyMatch(inCorpus);
    }

    private static Optional<Actor> find(List<Actor> actors, String nameOrAlias) {
        String key = Folding.key(nameOrAlias);
        return actors.stream().filter(a -> a.names().stream().anyMatch(n -> Folding.key(n).equals(key))).findFirst();
    }

    private static Map<String, Integer> counts(List<Statement> statements) {
        Map<String, Integer> counts = new HashMap<>();
        statements.forEach(s -> s.speakers().forEach(n -> counts.merge(n, 1, Integer::sum)));
        return counts;
    }

    /** Statements held in a list. */
    private static Statements held(List<Statement> all) {
        return new Statements() {
            @Override
            public List<Statement> of(Collection<String> speakers) {
                return all.stream().filter(s -> s.speakers().stream().anyMatch(speakers::contains)).toList();
            }

            @Override
            public List<Statement> in(Collection<String> passageIds, Collection<String> documentIds) {
                Set<String> passages = Set.copyOf(passageIds);
                Set<String> documents = Set.copyOf(documentIds);
                return all.stream().filter(s -> passages.contains(s.passage().id())
                        || documents.contains(s.passage().documentId())).toList();
            }

            @Override
            public List<Statement> all() {
                return all;
            }
        };
    }
}
