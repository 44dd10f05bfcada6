package dev.footnote.positions.actors;

import java.nio.file.Path;
import java.util.List;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.PassageSplitter;

/** The seed corpus and configuration as shipped in the repository. */
public final class SeedCorpus {

    public static final Path CORPUS = Path.of("corpus");
    public static final Path ACTORS_FILE = Path.of("config/actors.yml");

    private SeedCorpus() {
    }

    public static List<Passage> passages() {
        return new CorpusReader(new PassageSplitter(250)).read(CORPUS).documents().stream()
                .flatMap(d -> d.passages().stream())
                .toList();
    }

    public static Gazetteer gazetteer() {
        return new ActorsFile(ACTORS_FILE).applyTo(Gazetteer.builtIn());
    }

    public static ActorCatalog catalog() {
        return new ActorDetector().detect(passages(), gazetteer());
    }
}
