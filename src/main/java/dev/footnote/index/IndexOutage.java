package dev.footnote.index;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.footnote.outage.EmbeddingUnavailableException;
import dev.footnote.outage.IndexUnavailableException;

/**
 * Tells an outage (something the index depends on is unreachable or failing: the embedding server,
 * the Solr cluster, the disk) from a fault of the document being written. A batch that fails for an
 * outage is retried later; only a document that fails on its own, with everything else working, is
 * marked failed.
 */
public final class IndexOutage {

    private IndexOutage() {
    }

    /** Whether {@code e} (or what caused it) says that a dependency was unreachable rather than that the input was bad. */
    public static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EmbeddingUnavailableException || t instanceof IndexUnavailableException || t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
            String name = t.getClass().getName();
            // SolrJ's "server unreachable" family, without importing SolrJ into the seam.
            if (name.equals("org.apache.solr.client.solrj.SolrServerException")) {
                return true;
            }
        }
        return false;
    }

    /** A sentence saying what is unreachable, for the status and the log. */
    public static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EmbeddingUnavailableException || t instanceof IndexUnavailableException) {
                return t.getMessage();
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "the index could not be written (" + message + ")";
    }
}
