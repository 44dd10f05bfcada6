package dev.footnote.config;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import dev.footnote.index.CorpusIndexer;

/** Synchronises the index with the corpus folder before the server reports itself ready. */
@Component
class IndexStartup implements ApplicationRunner {

    private final CorpusIndexer indexer;
    private final CorpusProperties corpus;

    IndexStartup(CorpusIndexer indexer, CorpusProperties corpus) {
        this.indexer = indexer;
        this.corpus = corpus;
    }

    @Override
    public void run(ApplicationArguments args) {
        indexer.sync(corpus.dir());
    }
}
