package dev.footnote.positions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.retrieval.Bm25Retriever;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.evidence.TermWeights;

/**
 * How actor detection and a positions request scale with the corpus: the seed corpus copied N times
 * into as many documents, indexed in a temporary folder. Not a test; run with
 * {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.footnote.positions.PositionsBenchmark -Dexec.args=250}.
 */
public final class PositionsBenchmark {

    private PositionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 250;
        Path dir = Files.createTempDirectory("positions-bench");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String seed = Files.readString(SeedCorpus.CORPUS.resolve("kosovo-statements.txt"));
        for (int i = 0; i < copies; i++) {
            // A different first line per copy, so that passage ids (and the detection cache key) differ.
            Files.writeString(corpus.resolve("copy-" + i + ".txt"), "Copy " + i + " of the statements.\n\n" + seed);
        }
        try (PassageIndex index = PassageIndex.open(dir.resolve("index"), new FootnoteAnalyzer())) {
            long t0 = System.nanoTime();
            new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
            PassageCatalog catalog = new PassageCatalog(index);
            List<Passage> passages = catalog.allPassages();
            long t1 = System.nanoTime();
            ActorCatalog actors = null;
            for (int run = 0; run < 3; run++) {
                actors = new ActorDetector().detect(passages, SeedCorpus.gazetteer());
            }
            long t2 = System.nanoTime();
            TermWeights weights = new TermWeights(index);
            PositionsService service = PositionsService.create(catalog::allPassages, catalog::version, SeedCorpus.ACTORS_FILE,
                    new Bm25Retriever(index, weights), weights, null, Path.of("prompts/positions.txt"), null, PositionsFixture.SETTINGS);
            service.positions("Kosovo", null);
            List<Long> warm = new ArrayList<>();
            for (int run = 0; run < 10; run++) {
                long s = System.nanoTime();
                service.positions("Kosovo", null);
                warm.add((System.nanoTime() - s) / 1_000_000);
            }
            warm.sort(Long::compare);
            System.out.printf("passages=%d index+read=%d ms detection=%d ms/run statements=%d actors=%d%n",
                    passages.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 3_000_000, actors.statements().size(), actors.actors().size());
            System.out.printf("positions request (cached detection, %d passages retrieved at most): median=%d ms max=%d ms%n",
                    PositionsFixture.SETTINGS.passages(), warm.get(warm.size() / 2), warm.get(warm.size() - 1));
        }
    }
}
