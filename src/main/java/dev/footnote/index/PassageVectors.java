package dev.footnote.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;
import dev.footnote.corpus.StableIds;

/**
 * Gives every passage its dense vector, embedding each distinct content once: a vector already in
 * the index for the same embedded text is reused, the rest are embedded in batches, with progress
 * in the log for large corpora.
 */
public final class PassageVectors {

    private static final Logger log = LoggerFactory.getLogger(PassageVectors.class);

    private final TextEmbedder embedder;
    private final int batchSize;
    private final boolean sentenceVectors;
    private final boolean inContext;
    private final Encoding encoding;

    /**
     * How the index keeps the vectors ({@code footnote.index.vector-encoding}). {@code INT8}: the passage vectors'
     * HNSW graph is searched over scalar-quantized vectors (one byte per dimension; the floats stay on disk beside
     * them), and each stored sentence vector is one byte per dimension with its own scale. Part of the index's
     * identity: an index written with the other encoding is rebuilt.
     */
    public enum Encoding { FLOAT32, INT8 }

    public PassageVectors(TextEmbedder embedder, int batchSize) {
        this(embedder, batchSize, false, false);
    }

    public PassageVectors(TextEmbedder embedder, int batchSize, boolean sentenceVectors) {
        this(embedder, batchSize, sentenceVectors, false);
    }

    /**
     * @param sentenceVectors whether each sentence of a passage is embedded too (for sentence-level matching)
     * @param inContext       whether sentence vectors are pooled from their passage's run, where the embedder can
     */
    public PassageVectors(TextEmbedder embedder, int batchSize, boolean sentenceVectors, boolean inContext) {
        this(embedder, batchSize, sentenceVectors, inContext, Encoding.FLOAT32);
    }

    /** @param encoding how the index keeps the vectors (float32, or int8 to save the memory that search touches) */
    public PassageVectors(TextEmbedder embedder, int batchSize, boolean sentenceVectors, boolean inContext, Encoding encoding) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1");
        }
        this.embedder = embedder;
        this.batchSize = batchSize;
        this.sentenceVectors = sentenceVectors;
        this.inContext = sentenceVectors && inContext && embedder.embedsPartsInContext();
        this.encoding = java.util.Objects.requireNonNull(encoding, "encoding");
    }

    public Encoding encoding() {
        return encoding;
    }

    public TextEmbedder embedder() {
        return embedder;
    }

    public boolean sentenceVectors() {
        return sentenceVectors;
    }

    /** What the index records as the origin of its vectors: another value forces a rebuild. */
    public String indexModelId() {
        if (!sentenceVectors) {
            return embedder.modelId();
        }
        return embedder.modelId() + (inContext ? "+sentences-in-context" : "+sentences");
    }

    /**
     * What is embedded for a passage: its source line (a title or citation, which often names the
     * topic) followed by its text.
     */
    public static String embeddingText(Passage passage) {
        return passage.source() == null ? passage.text() : passage.source() + "\n" + passage.text();
    }

    public static String embeddingHash(Passage passage) {
        return StableIds.sha256(embeddingText(passage).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The vectors of every passage, by embedding hash.
     *
     * @param stored looks up vectors already in the index for a set of hashes (missing ones are absent)
     */
    public Map<String, EmbeddedPassage> vectorsFor(List<Passage> passages,
                                                   Function<List<String>, Map<String, EmbeddedPassage>> stored) {
        Map<String, Passage> byHash = new LinkedHashMap<>();
        for (Passage p : passages) {
            byHash.putIfAbsent(embeddingHash(p), p);
        }
        Map<String, EmbeddedPassage> vectors = new HashMap<>(stored.apply(new ArrayList<>(byHash.keySet())));
        List<Map.Entry<String, Passage>> missing = byHash.entrySet().stream()
                .filter(e -> !vectors.containsKey(e.getKey()))
                .toList();
        int reused = byHash.size() - missing.size();
        long started = System.nanoTime();
        for (int from = 0; from < missing.size(); from += batchSize) {
            embedBatch(missing.subList(from, Math.min(missing.size(), from + batchSize)), vectors);
        }
        // Progress is logged per commit by the indexer (IndexProgress); one line per batch here is enough at debug.
        log.debug("Passage vectors: {} embedded with {} in {} ms, {} reused from the index",
                missing.size(), indexModelId(), (System.nanoTime() - started) / 1_000_000, reused);
        return vectors;
    }

    /**
     * Whether the text holds a visible character: zero-width spaces, byte-order marks and controls alone
     * (as PDFs sometimes carry) are refused by the model, and one such text must not fail the whole batch.
     */
    private static boolean visible(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.NON_SPACING_MARK
                && !Character.isISOControl(c));
    }

    /** The texts embedded for one passage: its embedding text, then (if kept) each of its sentences. */
    public static List<String> textsToEmbed(Passage passage, boolean sentenceVectors) {
        List<String> texts = new ArrayList<>();
        texts.add(embeddingText(passage));
        if (sentenceVectors) {
            Sentences.split(passage.text()).forEach(span -> texts.add(span.of(passage.text())));
        }
        return texts;
    }

    /** The passage's sentences as spans of its embedding text, as they are read in context (or embedded alone). */
    public static List<Sentences.Span> sentenceSpans(Passage passage) {
        return visibleSentences(passage, embeddingText(passage));
    }

    /**
     * One embedding call for the batch: each passage's embedding text, with (if kept) its sentences
     * as parts of that text, embedded on their own or read in the passage's run.
     */
    private void embedBatch(List<Map.Entry<String, Passage>> batch, Map<String, EmbeddedPassage> into) {
        List<String> texts = new ArrayList<>(batch.size());
        List<List<Sentences.Span>> parts = new ArrayList<>(batch.size());
        for (Map.Entry<String, Passage> entry : batch) {
            Passage passage = entry.getValue();
            String text = embeddingText(passage);
            boolean visible = visible(text);
            texts.add(visible ? text : ".");
            parts.add(sentenceVectors && visible ? visibleSentences(passage, text) : List.of());
        }
        List<float[][]> embedded = inContext ? embedder.embedPartsInContext(texts, parts) : embedder.embedWithParts(texts, parts);
        for (int i = 0; i < batch.size(); i++) {
            float[][] vectors = embedded.get(i);
            float[][] sentences = Arrays.copyOfRange(vectors, 1, vectors.length);
            if (sentenceVectors && sentences.length == 0) {
                // nothing visible to read: every sentence takes the passage's (placeholder) vector
                sentences = Sentences.split(batch.get(i).getValue().text()).stream().map(s -> vectors[0]).toArray(float[][]::new);
            }
            into.put(batch.get(i).getKey(), new EmbeddedPassage(vectors[0], sentences));
        }
    }

    /**
     * The passage's sentences as spans of its embedding text (which starts with the source line, if
     * any); a sentence of invisible characters only (a model refuses to embed nothing, and one such
     * sentence must not fail the whole batch) stands for the whole text.
     */
    private static List<Sentences.Span> visibleSentences(Passage passage, String text) {
        int offset = passage.source() == null ? 0 : passage.source().length() + 1;
        return Sentences.split(passage.text()).stream()
                .map(span -> visible(span.of(passage.text()))
                        ? new Sentences.Span(offset + span.start(), offset + span.end())
                        : new Sentences.Span(0, text.length()))
                .toList();
    }
}
