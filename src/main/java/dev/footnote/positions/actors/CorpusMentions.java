package dev.footnote.positions.actors;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.footnote.corpus.Passage;

/**
 * Whether a name occurs anywhere in the corpus, to tell an actor with no statement from one the corpus never names.
 * Over a large corpus the name is looked up in the index and confirmed in the passages found, so that nothing holds
 * the corpus's whole text (at 100,000 passages that text alone was a third of a 1 GB heap); a small in-memory corpus
 * is read as one text.
 */
final class CorpusMentions {

    private CorpusMentions() {
    }

    /** By searching: the passages found for the name, and the name found in one of them (text or source line). */
    static Predicate<String> bySearch(Function<String, List<Passage>> search) {
        return name -> {
            AliasMatcher matcher = matcher(name);
            return search.apply(name).stream().anyMatch(p -> holds(matcher, p));
        };
    }

    /** By reading every passage (for a corpus held in memory anyway). */
    static Predicate<String> inText(List<Passage> passages) {
        StringBuilder text = new StringBuilder();
        for (Passage p : passages) {
            text.append(p.text()).append('\n');
            if (p.source() != null) {
                text.append(p.source()).append('\n');
            }
        }
        String corpus = text.toString();
        return name -> !matcher(name).find(corpus).isEmpty();
    }

    private static boolean holds(AliasMatcher matcher, Passage p) {
        return !matcher.find(p.text()).isEmpty() || p.source() != null && !matcher.find(p.source()).isEmpty();
    }

    private static AliasMatcher matcher(String name) {
        return new AliasMatcher(List.of(new Actor(name, Actor.Kind.UNKNOWN, List.of())));
    }
}
