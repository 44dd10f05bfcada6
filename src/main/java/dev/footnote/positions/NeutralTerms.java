package dev.footnote.positions;

import java.util.HashSet;
import java.util.Set;

import dev.footnote.evidence.TermWeights;
import dev.footnote.positions.actors.ActorCatalog;

/** The terms that say nothing about where the actors stand: the topic's words and every actor's names. */
final class NeutralTerms {

    private final TermWeights weights;
    private volatile NameTerms nameTerms;

    NeutralTerms(TermWeights weights) {
        this.weights = weights;
    }

    /** The neutral terms of a request: every known actor's names, and the topic's words if there is a topic. */
    Set<String> of(String topic, ActorCatalog catalog) {
        Set<String> excluded = new HashSet<>(names(catalog));
        if (topic != null) {
            excluded.addAll(weights.terms(topic));
        }
        return excluded;
    }

    /** The analysed terms of every known actor's names, once per catalog (they are many). */
    private Set<String> names(ActorCatalog catalog) {
        NameTerms cached = nameTerms;
        if (cached == null || cached.catalog() != catalog) {
            Set<String> terms = new HashSet<>();
            catalog.known().forEach(a -> a.names().forEach(n -> terms.addAll(weights.terms(n))));
            cached = new NameTerms(catalog, Set.copyOf(terms));
            nameTerms = cached;
        }
        return cached.terms();
    }

    private record NameTerms(ActorCatalog catalog, Set<String> terms) {
    }
}
