package dev.footnote.positions.actors;

import java.util.List;
import java.util.Optional;

/**
 * The actors of a corpus and the statements that speak for each of them.
 *
 * @param actors     the actors that make at least one statement, in order of their first statement
 * @param statements every attributed sentence, in corpus order
 * @param known      every actor known (built-in, configured, spotted), speaking or not: to tell "no
 *                   statement" from "not in the corpus"
 * @param inCorpus   whether a name occurs anywhere in the corpus ({@link CorpusMentions})
 */
public record ActorCatalog(List<Actor> actors, List<Statement> statements, List<Actor> known,
                           java.util.function.Predicate<String> inCorpus) {

    public ActorCatalog {
        actors = List.copyOf(actors);
        statements = List.copyOf(statements);
        known = List.copyOf(known);
    }

    public List<Statement> statementsOf(String actorName) {
        return statements.stream().filter(s -> s.speakers().contains(actorName)).toList();
    }

    /** The statements of the given passages, in corpus order. */
    public List<Statement> statementsIn(java.util.Set<String> passageIds) {
        return statements.stream().filter(s -> passageIds.contains(s.passage().id())).toList();
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
}
