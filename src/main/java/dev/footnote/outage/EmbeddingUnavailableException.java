package dev.footnote.outage;

/**
 * The embedding server could not be reached or did not answer (refused connection, timeout, HTTP 5xx
 * or 429 after the retries): an outage, not a fault of the text being embedded. Searches then answer
 * from BM25 alone, and indexing pauses until the server answers again.
 */
public final class EmbeddingUnavailableException extends RuntimeException {

    public EmbeddingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
