package dev.footnote.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.footnote.corpus.Passage;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.PassageVectors;
import dev.footnote.index.TextEmbedder;
import dev.footnote.text.Sentences;

/**
 * The embedding model alone on a sample of the indexed passages, each passage embedded by itself on
 * one thread and on two, with the very calls the indexer makes: the physical limit of indexing with embeddings on
 * this machine. An embedder that reads sentences inside their passage's run needs one run per passage (and the
 * pooling of its sentences); another embeds every sentence too.
 *
 * @param passages        passages in the sample
 * @param texts           model runs for them (one per passage, plus one per sentence when sentences are embedded alone)
 * @param sentenceVectors whether sentences were embedded as texts of their own
 */
public record ModelLimit(int passages, int texts, boolean sentenceVectors, double oneThreadPassagesPerSecond,
                         double twoThreadsPassagesPerSecond) {

    private static final int SAMPLE = 300;

    static ModelLimit measure(TextEmbedder embedder, PassageIndex index, boolean sentenceVectors, boolean inContext) {
        List<Passage> sample = index.files().values().stream()
                .flatMap(file -> index.passagesOf(file.documentId()).stream()).limit(SAMPLE).toList();
        boolean pooled = sentenceVectors && inContext && embedder.embedsPartsInContext();
        boolean alone = sentenceVectors && !pooled;
        List<List<String>> texts = sample.stream().map(p -> PassageVectors.textsToEmbed(p, alone)).toList();
        int count = pooled ? sample.size() : texts.stream().mapToInt(List::size).sum();
        List<Runnable> passages = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            List<String> passageTexts = texts.get(i);
            List<List<Sentences.Span>> spans = List.of(PassageVectors.sentenceSpans(sample.get(i)));
            passages.add(pooled ? () -> embedder.embedPartsInContext(passageTexts.subList(0, 1), spans)
                    : () -> passageTexts.forEach(embedder::embed));
        }
        run(passages.subList(0, Math.min(20, passages.size())), 1);
        double one = sample.size() / run(passages, 1);
        double two = sample.size() / run(passages, 2);
        return new ModelLimit(sample.size(), count, alone, Math.round(one * 10) / 10.0, Math.round(two * 10) / 10.0);
    }

    /** Seconds to embed every passage, one at a time on each of {@code threads} threads. */
    private static double run(List<Runnable> texts, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                workers.add(pool.submit(() -> {
                    for (int i = offset; i < texts.size(); i += threads) {
                        texts.get(i).run();
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("measuring the embedding model failed", e);
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
