package dev.footnote.outage;

/**
 * The index could not be read because the engine that holds it is unreachable (a Solr cluster
 * without a live replica of a shard, a refused connection): an outage that the API reports as
 * 503, never as an internal error.
 */
public final class IndexUnavailableException extends IllegalStateException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
