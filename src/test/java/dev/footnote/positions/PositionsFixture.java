package dev.footnote.positions;

import java.nio.file.Path;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.llm.LlmClient;
import dev.footnote.positions.actors.ActorCatalogs;
import dev.footnote.positions.actors.ActorsFile;
import dev.footnote.positions.actors.SeedCorpus;
import dev.footnote.retrieval.Bm25Retriever;
import dev.footnote.retrieval.PassageCatalog;

/** The seed corpus indexed in a temporary folder, and a positions service over it. */
final class PositionsFixture implements AutoCloseable {

    static final PositionsSettings SETTINGS = new PositionsSettings(500, 10, 200, 50, 0.5, 3, 0.5, 8, 6, 2, 0.2, 0.5, 200, 0.6);

    final PassageIndex index;
    final TermWeights weights;
    final PassageCatalog catalog;

    PositionsFixture(Path indexDir) {
        index = PassageIndex.open(indexDir, new FootnoteAnalyzer());
        new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(SeedCorpus.CORPUS);
        weights = new TermWeights(index);
        catalog = new PassageCatalog(index);
    }

    PositionsService service(LlmClient model) {
        return service(model, null);
    }

    PositionsService service(LlmClient model, dev.footnote.answer.CitationVerifier verifier) {
        ActorCatalogs catalogs = ActorCatalogs.inMemory(catalog::allPassages, catalog::version, new ActorsFile(SeedCorpus.ACTORS_FILE));
        return PositionsService.create(catalogs, new Bm25Retriever(index, weights), weights, null, model,
                Path.of("prompts/positions.txt"), verifier, SETTINGS);
    }

    @Override
    public void close() throws Exception {
        index.close();
    }
}
