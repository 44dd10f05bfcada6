package dev.footnote.positions;

import java.nio.file.Path;
import java.util.List;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.PassageSplitter;

/** The seed corpus and configuration as shipped in the repository. */
final class SeedCorpus {

    static final Path CORPUS = Path.of("corpus");
    static final Path ACTORS_FILE = Path.of("config/actors.yml");

    private SeedCorpus() {
    }

    static List<Passage> passages() {
        return new CorpusReader(new PassageSplitter(250)).read(CORPUS).documents().stream()
                .flatMap(d -> d.passages().stream())
                .toList();
    }

    static Gazetteer gazetteer() {
        return new ActorsFile(ACTORS_FILE).applyTo(Gazetteer.builtIn());
    }

    static ActorCatalog catalog() {
        return new ActorDetector().detect(passages(), gazetteer());
    }
}
