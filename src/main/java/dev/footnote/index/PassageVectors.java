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
            embedBatch(missing.subList(from, Math.min(missing.size(), from + batchSize)), vectors);
        }
        // Progress is logged per commit by the indexer (IndexProgress); one line per batch here is enough at debug.
        log.debug("Passage vectors: {} embedded with {} in {} ms, {} reused from the index",
                missing.size(), indexModelId(), (System.nanoTime() - started) / 1_000_000, reused);
        return vectors;
    }

    /**
     * The text as given, or "." when it holds nothing but invisible characters (zero-width spaces,
     * byte-order marks, controls, as PDFs sometimes carry): the model refuses those, and one such
     * sentence must not fail the whole batch.
     */
    private static String embeddable(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.NON_SPACING_MARK
                && !Character.isISOControl(c)) ? text : ".";
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

    /** One embedding call for the batch: each passage's text, then (if kept) its sentences. */
    private void embedBatch(List<Map.Entry<String, Passage>> batch, Map<String, EmbeddedPassage> into) {
        List<String> texts = new ArrayList<>();
        List<Integer> sentenceCounts = new ArrayList<>();
        for (Map.Entry<String, Passage> entry : batch) {
            List<String> passageTexts = textsToEmbed(entry.getValue(), sentenceVectors);
            texts.addAll(passageTexts);
            sentenceCounts.add(passageTexts.size() - 1);
        }
        List<float[]> embedded = embedder.embedAll(texts.stream().map(PassageVectors::embeddable).toList());
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
