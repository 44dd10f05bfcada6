package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.footnote.corpus.Passage;

/**
 * Extracts, one document at a time, who speaks in each passage and which sentences speak for whom, as
 * the text stored with the passage when it is indexed. A document is the unit because names resolve
 * within it: a surname alone means the one person of that surname the document names in full.
 */
public final class ActorExtractor {

    /** Bumped whenever detection changes, so that extracts written by an older one are made again. */
    static final String VERSION = "actors-3";

    /** One passage's extract: the names of its speakers (to index) and the stored statements. */
    public record PassageExtract(List<String> actors, String statements) {

        public PassageExtract {
            actors = List.copyOf(actors);
        }
    }

    private record Configured(long fileVersion, String key, Gazetteer gazetteer) {
    }

    private final ActorsFile actorsFile;
    private final ActorDetector detector = new ActorDetector();
    private volatile Configured configured;

    public ActorExtractor(ActorsFile actorsFile) {
        this.actorsFile = actorsFile;
    }

    public ActorsFile actorsFile() {
        return actorsFile;
    }

    /** Identifies this extraction: the detector's version and the actors file's content. */
    public String key() {
        return configured().key();
    }

    /** The built-in actors with the actors file merged in. */
    Gazetteer gazetteer() {
        return configured().gazetteer();
    }

    private Configured configured() {
        long version = actorsFile.version();
        Configured c = configured;
        if (c == null || c.fileVersion() != version) {
            c = new Configured(version, VERSION + ":" + actorsFile.contentHash(), actorsFile.applyTo(Gazetteer.builtIn()));
            configured = c;
        }
        return c;
    }

    /** A document's summary of its extracts: the key they were made under, and who speaks in it, how often. */
    public record Summary(String key, String text) {
    }

    /**
     * The summary the index keeps of one document's stored extracts (its passages in reading order, each passage's
     * extract by id, none for a passage without): who speaks in the document, in order, with aliases and counts.
     */
    public Summary summarise(List<Passage> documentPassages, Map<String, String> extractsById) {
        List<StatementCodec.Extract> extracts = documentPassages.stream()
                .map(p -> StatementCodec.decode(p, extractsById.get(p.id()))).toList();
        String key = extracts.stream().map(StatementCodec.Extract::key).filter(k -> !k.isEmpty()).findFirst().orElse(key());
        return new Summary(key, StatementCodec.summarise(extracts));
    }

    /** The extracts of one document's passages (in reading order), by passage id; every passage gets one. */
    public Map<String, PassageExtract> extract(List<Passage> documentPassages) {
        Configured c = configured();
        ActorCatalog found = detector.detect(documentPassages, c.gazetteer());
        Map<String, Actor> byName = new LinkedHashMap<>();
        found.actors().forEach(a -> byName.put(a.name(), a));
        Map<String, PassageExtract> extracts = new LinkedHashMap<>();
        for (Passage p : documentPassages) {
            List<Statement> statements = found.statements().stream().filter(s -> s.passage().id().equals(p.id())).toList();
            Set<String> speakers = new LinkedHashSet<>();
            statements.forEach(s -> speakers.addAll(s.speakers()));
            List<Actor> actors = new ArrayList<>();
            speakers.forEach(n -> actors.add(byName.get(n)));
            extracts.put(p.id(), new PassageExtract(List.copyOf(speakers), StatementCodec.encode(c.key(), actors, statements)));
        }
        return extracts;
    }
}
