package dev.footnote.retrieval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.footnote.index.TextEmbedder;

/**
 * One question as it travels through retrieval and answering (as Spring AI's and LangChain4j's
 * {@code Query} do): what the user wrote, the standalone text that is searched for and answered,
 * and that text's embedding, computed on first use and then shared, so a request embeds its
 * question once however many stages compare vectors with it.
 *
 * @param text          what the user wrote
 * @param retrievalText the standalone question (a follow-up rewritten by the chat layer, else {@code text}):
 *                      what retrieval searches for, what answers are scored against and what a model is asked
 * @param vectors       the embeddings of {@code retrievalText} computed so far, by embedder model id
 * @param warnings      what a stage had to do without (e.g. the embedding server was unreachable), for the reply's warnings
 */
public record Query(String text, String retrievalText, Map<String, float[]> vectors, List<String> warnings) {

    public Query {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(retrievalText, "retrievalText");
        // Shared between the stages of one request, perhaps on several threads.
        vectors = vectors instanceof ConcurrentHashMap<String, float[]> ? vectors : new ConcurrentHashMap<>(vectors);
        warnings = warnings instanceof CopyOnWriteArrayList<String> ? warnings : new CopyOnWriteArrayList<>(warnings);
    }

    public Query(String text, String retrievalText, Map<String, float[]> vectors) {
        this(text, retrievalText, vectors, new CopyOnWriteArrayList<>());
    }

    /** Notes a warning for the reply, once however many stages meet the same problem. */
    public void warn(String warning) {
        ((CopyOnWriteArrayList<String>) warnings).addIfAbsent(warning);
    }

    /** A question asked as it stands. */
    public Query(String text) {
        this(text, text);
    }

    /** A question whose standalone form differs from what the user wrote. */
    public Query(String text, String retrievalText) {
        this(text, retrievalText, new ConcurrentHashMap<>());
    }

    /**
     * The embedding of {@link #retrievalText} by {@code embedder}: computed on the first call (once,
     * even when threads ask together), the same array on every later one. Callers must not change it.
     */
    public float[] vector(TextEmbedder embedder) {
        return vectors.computeIfAbsent(embedder.modelId(), id -> embedder.embed(retrievalText));
    }

    /** The warning a reply carries when the question could not be embedded and BM25 answered alone. */
    public static String withoutEmbeddings(String reason) {
        return "Answered from keyword search (BM25) only: " + reason + ".";
    }

    /** Two queries are equal when they ask the same; whether a vector was computed yet does not matter. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Query q && text.equals(q.text) && retrievalText.equals(q.retrievalText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, retrievalText);
    }

    @Override
    public String toString() {
        return text.equals(retrievalText) ? "Query[" + text + "]" : "Query[" + text + " → " + retrievalText + "]";
    }
}
