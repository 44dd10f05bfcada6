package dev.footnote.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import dev.footnote.corpus.Document;

/**
 * The extracts ({@link PassageAnnotator}) of a batch's documents, made on a thread of their own while the batch is
 * embedded ({@link PassageIndex#prepare}): the thread that embeds only waits for the model meanwhile, and the write that
 * follows is left with Lucene's own work, so it keeps up with the embedding of the next batch. The extract of
 * positions (OpenNLP's tagger and chunker over every sentence) is most of the work of a write otherwise.
 * <p>
 * The documents of a batch are annotated side by side on {@link #THREADS} (a document's extract depends on that
 * document alone, so the extracts are those made one after another): as many threads as cores on one or two, one
 * fewer than the cores beyond, leaving a core to the embedding calls, the writes and Lucene's merges. On two cores
 * one annotator was the stage the others waited for (runnable in every thread dump, while the process used 1.5 of the
 * two cores); a second one indexed 50,000 passages 13% faster on a quiet machine (docs/scale.md).
 */
public final class BatchAnnotations {

    /** One pool for every index of the process. */
    private static final ExecutorService THREADS = annotatorThreads(threadsFor(Runtime.getRuntime().availableProcessors()));

    private final CompletableFuture<Map<String, Map<String, PassageAnnotator.Annotation>>> byDocument;

    private BatchAnnotations(CompletableFuture<Map<String, Map<String, PassageAnnotator.Annotation>>> byDocument) {
        this.byDocument = byDocument;
    }

    /** Starts annotating the documents the changes write; an annotator that stores nothing is not given a thread. */
    public static BatchAnnotations start(PassageAnnotator annotator, IndexChanges changes) {
        return start(annotator, changes, THREADS);
    }

    /** As {@link #start(PassageAnnotator, IndexChanges)}, on these threads (tests: side by side on any machine). */
    public static BatchAnnotations start(PassageAnnotator annotator, IndexChanges changes, ExecutorService threads) {
        if (annotator == PassageAnnotator.NONE || changes.replacements().isEmpty()) {
            return new BatchAnnotations(CompletableFuture.completedFuture(Map.of()));
        }
        List<CompletableFuture<Map.Entry<String, Map<String, PassageAnnotator.Annotation>>>> documents = changes.replacements().stream()
                .map(r -> CompletableFuture.supplyAsync(() -> Map.entry(r.document().id(), annotator.annotate(r.document())), threads))
                .toList();
        // Once all are done: joined in the batch's order, so that a failure is the first failing document's, as before.
        return new BatchAnnotations(CompletableFuture.allOf(documents.toArray(CompletableFuture[]::new)).handle((done, failed) -> {
            Map<String, Map<String, PassageAnnotator.Annotation>> annotations = new HashMap<>();
            documents.forEach(d -> {
                Map.Entry<String, Map<String, PassageAnnotator.Annotation>> annotated = d.join();
                annotations.put(annotated.getKey(), annotated.getValue());
            });
            return annotations;
        }));
    }

    /** How many annotators for this many cores: one on one, two on two, one fewer than the cores beyond. */
    public static int threadsFor(int cores) {
        return Math.max(1, cores <= 2 ? cores : cores - 1);
    }

    private static ExecutorService annotatorThreads(int count) {
        AtomicInteger made = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, count), r -> {
            Thread t = new Thread(r, "footnote-index-annotator-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The annotations of one document's passages, by passage id, once made.
     *
     * @throws RuntimeException what the annotator threw, as it threw it
     */
    public Map<String, PassageAnnotator.Annotation> of(Document document) {
        try {
            return byDocument.join().getOrDefault(document.id(), Map.of());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
