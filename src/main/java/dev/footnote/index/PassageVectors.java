package dev.footnote.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.Passage;
import dev.footnote.corpus.Sentences;
import dev.footnote.corpus.StableIds;

/**
 * Gives every passage its dense vector, embedding each distinct content once: a vector already in
 * the index for the same embedded text is reused, the rest are embedded in batches, with progress
 * in the log for large corpora.
 */
public final class PassageVectors {

    private static final Logger log = LoggerFactory.getLogger(PassageVectors.class);
    /** Below this many passages to embed, one summary line is enough. */
    private static final int PROGRESS_THRESHOLD = 500;

    private final TextEmbedder embedder;
    private final int batchSize;
    private final boolean sentenceVectors;

    public PassageVectors(TextEmbedder embedder, int batchSize) {
        this(embedder, batchSize, false);
    }

    /** @param sentenceVectors whether each sentence of a passage is embedded too (for sentence-level matching) */
    public PassageVectors(TextEmbedder embedder, int batchSize, boolean sentenceVectors) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1");
        }
        this.embedder = embedder;
        this.batchSize = batchSize;
        this.sentenceVectors = sentenceVectors;
    }

    public TextEmbedder embedder() {
        return embedder;
    }

    public boolean sentenceVectors() {
        return sentenceVectors;
    }

    /** What the index records as the origin of its vectors: another value forces a rebuild. */
    public String indexModelId() {
        return embedder.modelId() + (sentenceVectors ? "+sentences" : "");
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
            List<Map.Entry<String, Passage>> batch = missing.subList(from, Math.min(missing.size(), from + batchSize));
            embedBatch(batch, vectors);
            int done = from + batch.size();
            if (missing.size() >= PROGRESS_THRESHOLD) {
                double seconds = (System.nanoTime() - started) / 1e9;
                log.info("Embedded {}/{} passages ({} per second)", done, missing.size(), String.format("%.0f", done / seconds));
            }
        }
        if (!missing.isEmpty() || reused > 0) {
            log.info("Passage vectors: {} embedded with {} in {} ms, {} reused from the index",
                    missing.size(), indexModelId(), (System.nanoTime() - started) / 1_000_000, reused);
        }
        return vectors;
    }

    /** One embedding call for the batch: each passage's text, then (if kept) its sentences. */
    private void embedBatch(List<Map.Entry<String, Passage>> batch, Map<String, EmbeddedPassage> into) {
        List<String> texts = new ArrayList<>();
        List<Integer> sentenceCounts = new ArrayList<>();
        for (Map.Entry<String, Passage> entry : batch) {
            Passage p = entry.getValue();
            texts.add(embeddingText(p));
            List<Sentences.Span> spans = sentenceVectors ? Sentences.split(p.text()) : List.of();
            spans.forEach(span -> texts.add(span.of(p.text())));
            sentenceCounts.add(spans.size());
        }
        List<float[]> embedded = embedder.embedAll(texts);
        int next = 0;
        for (int i = 0; i < batch.size(); i++) {
            float[] passage = embedded.get(next++);
            float[][] sentences = new float[sentenceCounts.get(i)][];
            for (int j = 0; j < sentences.length; j++) {
                sentences[j] = embedded.get(next++);
            }
            into.put(batch.get(i).getKey(), new EmbeddedPassage(passage, sentences));
        }
    }
}
