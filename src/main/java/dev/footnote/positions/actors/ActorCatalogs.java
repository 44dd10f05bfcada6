package dev.footnote.positions.actors;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import dev.footnote.corpus.Passage;

/**
 * The actor catalog of the current corpus, detected again only when the index (its version) or
 * {@code config/actors.yml} (its modification time) changed; a request naming an actor nobody knows gets a catalog of its own.
 */
public final class ActorCatalogs {

    private final Supplier<List<Passage>> passages;
    private final LongSupplier corpusVersion;
    private final ActorsFile actorsFile;
    private final ActorDetector detector = new ActorDetector();

    private record Cached(String key, ActorCatalog catalog) {
    }

    private volatile Cached cached;

    public ActorCatalogs(Supplier<List<Passage>> passages, LongSupplier corpusVersion, ActorsFile actorsFile) {
        this.passages = passages;
        this.corpusVersion = corpusVersion;
        this.actorsFile = actorsFile;
    }

    public ActorCatalog current() {
        // Reading every passage is the expensive part: do it only when the index or the file changed.
        String key = corpusVersion.getAsLong() + "|" + actorsFile.version();
        Cached c = cached;
        if (c != null && c.key().equals(key)) {
            return c.catalog();
        }
        ActorCatalog catalog = detector.detect(passages.get(), actorsFile.applyTo(Gazetteer.builtIn()));
        cached = new Cached(key, catalog);
        return catalog;
    }

    /** A catalog in which the given names are actors too, so that detection looks for them speaking. */
    public ActorCatalog withExtraActors(List<String> names) {
        Gazetteer gazetteer = actorsFile.applyTo(Gazetteer.builtIn());
        names.forEach(n -> gazetteer.addDetected(new Actor(n.strip(), Actor.Kind.UNKNOWN, List.of())));
        return detector.detect(passages.get(), gazetteer);
    }
}
