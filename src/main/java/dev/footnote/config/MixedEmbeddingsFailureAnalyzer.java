package dev.footnote.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.footnote.index.solr.MixedEmbeddingsException;

/** Start-up stopped because the Solr collection's vectors came from another embedding model: say which, and the ways out. */
class MixedEmbeddingsFailureAnalyzer extends AbstractFailureAnalyzer<MixedEmbeddingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MixedEmbeddingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Either embed with the collection's model again (footnote.embedding.provider / .model / .dimensions, or "
                        + "footnote.retrieval.embedding-model, as when the collection was built), or index into a new collection "
                        + "(footnote.solr.collection=" + cause.collection() + "-2), or delete the collection '" + cause.collection()
                        + "' in Solr so that Footnote rebuilds it with '" + cause.configured() + "'.", cause);
    }
}
