package dev.footnote.index.solr;

/** The collection's vectors came from another embedding model than the one configured: start-up stops. */
public final class MixedEmbeddingsException extends IllegalStateException {

    private final String collection;
    private final String recorded;
    private final String configured;

    MixedEmbeddingsException(String collection, String recorded, String configured) {
        super("The Solr collection '" + collection + "' holds vectors made by the embedding model '" + recorded
                + "', but this Footnote embeds with '" + configured + "'. Vectors of two models are not comparable, "
                + "so they are never mixed in one collection.");
        this.collection = collection;
        this.recorded = recorded;
        this.configured = configured;
    }

    public String collection() {
        return collection;
    }

    public String recorded() {
        return recorded;
    }

    public String configured() {
        return configured;
    }
}
