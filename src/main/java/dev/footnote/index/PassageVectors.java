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

    public PassageVectors(TextEmbedder embedder, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1");
        }
        this.embedder = embedder;
        this.batchSize = batchSize;
    }

    public TextEmbedder embedder() {
        return embedder;
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
     * The vector of every passage, by embedding hash.
     *
     * @param stored looks up vectors already in the index for a set of hashes (missing ones are absent)
     */
    public Map<String, float[]> vectorsFor(List<Passage> passages, Function<List<String>, Map<String, float[]>> stored) {
        Map<String, String> textByHash = new LinkedHashMap<>();
        for (Passage p : passages) {
            textByHash.putIfAbsent(embeddingHash(p), embeddingText(p));
        }
        Map<String, float[]> vectors = new HashMap<>(stored.apply(new ArrayList<>(textByHash.keySet())));
        List<Map.Entry<String, String>> missing = textByHash.entrySet().stream()
                .filter(e -> !vectors.containsKey(e.getKey()))
                .toList();
        int reused = textByHash.size() - missing.size();
        long started = System.nanoTime();
        for (int from = 0; from < missing.size(); from += batchSize) {
            List<Map.Entry<String, String>> batch = missing.subList(from, Math.min(missing.size(), from + batchSize));
            List<float[]> embedded = embedder.embedAll(batch.stream().map(Map.Entry::getValue).toList());
            for (int i = 0; i < batch.size(); i++) {
                vectors.put(batch.get(i).getKey(), embedded.get(i));
            }
            int done = from + batch.size();
            if (missing.size() >= PROGRESS_THRESHOLD) {
                double seconds = (System.nanoTime() - started) / 1e9;
                log.info("Embedded {}/{} passages ({} per second)", done, missing.size(), String.format("%.0f", done / seconds));
            }
        }
        if (!missing.isEmpty() || reused > 0) {
            log.info("Passage vectors: {} embedded with {} in {} ms, {} reused from the index",
                    missing.size(), embedder.modelId(), (System.nanoTime() - started) / 1_000_000, reused);
        }
        return vectors;
    }
}
