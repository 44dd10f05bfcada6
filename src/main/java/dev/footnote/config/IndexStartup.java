package dev.footnote.config;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import dev.footnote.index.CorpusIndexer;

/**
 * Synchronises the index with the corpus folder once every bean exists and before the web server
 * starts (Spring starts it later, in the lifecycle phase), so no request ever meets a half-built
 * index and health is not UP until the corpus is searchable.
 */
@Component
class IndexStartup implements SmartInitializingSingleton {

    private final CorpusIndexer indexer;
    private final CorpusProperties corpus;

    IndexStartup(CorpusIndexer indexer, CorpusProperties corpus) {
        this.indexer = indexer;
        this.corpus = corpus;
    }

    @Override
    public void afterSingletonsInstantiated() {
        indexer.sync(corpus.dir());
    }
}
