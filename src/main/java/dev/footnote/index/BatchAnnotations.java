package dev.footnote.index;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.footnote.corpus.Document;

/**
 * The extracts ({@link PassageAnnotator}) of a batch's documents, made on a thread of their own while the batch is
 * embedded ({@link PassageIndex#prepare}): the thread that embeds only waits for the model meanwhile, and the write that
 * follows is left with Lucene's own work, so it keeps up with the embedding of the next batch. The extract of
 * positions (OpenNLP's tagger and chunker over every sentence) is most of the work of a write otherwise.
 */
public final class BatchAnnotations {

    /** One thread for every index of the process: batches are annotated one after another, as they are written. */
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "footnote-index-annotator");
        t.setDaemon(true);
        return t;
    });

    private final CompletableFuture<Map<String, Map<String, PassageAnnotator.Annotation>>> byDocument;

    private BatchAnnotations(CompletableFuture<Map<String, Map<String, PassageAnnotator.Annotation>>> byDocument) {
        this.byDocument = byDocument;
    }

    /** Starts annotating the documents the changes write; an annotator that stores nothing is not given a thread. */
    public static BatchAnnotations start(PassageAnnotator annotator, IndexChanges changes) {
        if (annotator == PassageAnnotator.NONE || changes.replacements().isEmpty()) {
            return new BatchAnnotations(CompletableFuture.completedFuture(Map.of()));
        }
        return new BatchAnnotations(CompletableFuture.supplyAsync(() -> {
            Map<String, Map<String, PassageAnnotator.Annotation>> annotations = new HashMap<>();
            changes.replacements().forEach(r -> annotations.put(r.document().id(), annotator.annotate(r.document())));
            return annotations;
        }, THREAD));
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
