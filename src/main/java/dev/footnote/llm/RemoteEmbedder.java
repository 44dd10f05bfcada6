package dev.footnote.llm;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;

import dev.footnote.text.Sentences;
import dev.footnote.outage.EmbeddingUnavailableException;
import dev.footnote.index.TextEmbedder;

/**
 * A remote embedding server as the index's {@link TextEmbedder}, telling an outage from a bad
 * request: a refused connection, a timeout, HTTP 5xx or 429 (after LangChain4j's retries), or an
 * authentication failure becomes {@link EmbeddingUnavailableException} naming the server, so
 * searches fall back to BM25 and indexing pauses instead of failing documents. A request the
 * server refuses as invalid (HTTP 400, 413, 422: e.g. a text too long for the model) is the text's
 * own fault and passes through unchanged. Remembers whether the last call reached the server, for health.
 */
public final class RemoteEmbedder implements TextEmbedder {

    private final TextEmbedder delegate;
    private final String server;
    /** Why the last call failed for an outage; null after a call that reached the server. */
    private final AtomicReference<String> outage = new AtomicReference<>();

    /** @param server what the server is called in messages, e.g. {@code openai:text-embedding-3-small at http://gpu-box:8000/v1} */
    public RemoteEmbedder(TextEmbedder delegate, String server) {
        this.delegate = delegate;
        this.server = server;
    }

    @Override
    public String modelId() {
        return delegate.modelId();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return call(() -> delegate.embedAll(texts));
    }

    @Override
    public float[] embed(String text) {
        return call(() -> delegate.embed(text));
    }

    @Override
    public List<float[][]> embedWithParts(List<String> texts, List<List<Sentences.Span>> parts) {
        return call(() -> delegate.embedWithParts(texts, parts));
    }

    @Override
    public List<float[][]> embedPartsInContext(List<String> texts, List<List<Sentences.Span>> parts) {
        return call(() -> delegate.embedPartsInContext(texts, parts));
    }

    @Override
    public boolean embedsPartsInContext() {
        return delegate.embedsPartsInContext();
    }

    /** Why the embedding server was unreachable at the last call, or null when that call reached it. */
    public String outage() {
        return outage.get();
    }

    private <T> T call(java.util.function.Supplier<T> embedding) {
        try {
            T result = embedding.get();
            outage.set(null);
            return result;
        } catch (RuntimeException e) {
            if (!isOutage(e)) {
                throw e;
            }
            String reason = "the embedding server (" + server + ") is unreachable: " + describe(e);
            outage.set(reason);
            throw new EmbeddingUnavailableException(reason, e);
        }
    }

    /** Everything but a request refused as invalid: the server, the network or the credentials are at fault, not the text. */
    static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidRequestException) {
                return false;
            }
            if (t instanceof HttpException http) {
                int status = http.statusCode();
                return !(status == 400 || status == 413 || status == 422);
            }
        }
        // A vector of the wrong shape is a misconfiguration (footnote.embedding.dimensions), reported as it is.
        return !(e instanceof IllegalStateException || e instanceof IllegalArgumentException);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }
}
