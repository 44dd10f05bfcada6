package dev.footnote.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.CorpusFolder;
import dev.footnote.corpus.DocumentFormat;
import dev.footnote.corpus.DocumentState;
import dev.footnote.corpus.DocumentStatus;
import dev.footnote.corpus.IndexingProgress;
import dev.footnote.index.DocumentStatuses;
import dev.footnote.index.Exclusions;
import dev.footnote.index.PendingRemovals;
import dev.footnote.index.IndexWorker;
import dev.footnote.index.IndexedFile;
import dev.footnote.index.PassageIndex;

/**
 * The corpus folder as a library of documents: what is in it and where each stands, uploads stored
 * under {@code uploads/} in the folder (so a restart keeps them), deletions. The indexer does the
 * rest in the background, through the same path as the folder at start-up.
 */
public final class DocumentLibrary {

    private static final Logger log = LoggerFactory.getLogger(DocumentLibrary.class);
    static final String UPLOADS = "uploads";

    private final Path corpusDir;
    private final long maxFileBytes;
    private final int maxFilesPerUpload;
    private final PassageIndex index;
    private final IndexWorker worker;
    private final DocumentStatuses statuses;
    private final PendingRemovals removals;
    private final Exclusions exclusions;
    private final UploadStore store;

    public DocumentLibrary(Path corpusDir, long maxFileBytes, PassageIndex index, IndexWorker worker) {
        this(corpusDir, maxFileBytes, Integer.MAX_VALUE, index, worker);
    }

    /** @param maxFilesPerUpload an upload request with more files is refused whole */
    public DocumentLibrary(Path corpusDir, long maxFileBytes, int maxFilesPerUpload, PassageIndex index, IndexWorker worker) {
        this.maxFilesPerUpload = maxFilesPerUpload;
        this.corpusDir = corpusDir;
        this.maxFileBytes = maxFileBytes;
        this.index = index;
        this.worker = worker;
        this.statuses = worker.indexer().statuses();
        this.removals = worker.indexer().removals();
        this.exclusions = worker.indexer().exclusions();
        this.store = new UploadStore(corpusDir, index, statuses);
        // The list is read from the statuses, kept in path order. What is excluded is known from the start (kept in
        // memory); what the index holds is put there by the first sync, which reads the records anyway: a start reads
        // no record here, since their number grows with the corpus (a list asked for earlier reads them, once).
        statuses.seed(exclusions.paths().stream().map(path -> excluded(path, null)).toList());
    }

    /**
     * The indexer's progress; {@code paused} with the index's own reason while the index cannot be reached
     * (a Solr cluster without live replicas), even when no write has failed yet: nothing could be written.
     */
    public IndexingProgress progress() {
        IndexingProgress progress = worker.indexer().progress().snapshot();
        if (progress.paused()) {
            return progress;
        }
        return index.unavailable().map(reason -> new IndexingProgress("paused", progress.documentsTotal(), progress.documentsDone(),
                progress.passagesDone(), progress.passagesPerSecond(), null, reason)).orElse(progress);
    }

    /** Every document, in path order: those the indexer has seen (with their status), what the index holds, what is excluded. */
    public List<DocumentStatus> documents() {
        seedOnce();
        return visible(statuses.after(null)).toList();
    }

    /**
     * A page of the documents list: at most {@code limit} documents after {@code afterPath} (from the first when null),
     * in path order, read from the sorted statuses without looking at the others; and how many there are in all.
     *
     * @param next the path to pass as {@code afterPath} for the next page; null on the last page
     */
    public record Page(List<DocumentStatus> documents, int total, String next) {
    }

    public Page documents(String afterPath, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        seedOnce();
        List<DocumentStatus> page = visible(statuses.after(afterPath)).limit(limit + 1L).toList();
        boolean more = page.size() > limit;
        List<DocumentStatus> shown = more ? page.subList(0, limit) : page;
        // Pending deletions are few: the total subtracts those still listed instead of counting every document.
        int removing = (int) removals.snapshot().keySet().stream().filter(id -> statuses.get(id).isPresent()).count();
        return new Page(shown, Math.max(0, statuses.size() - removing), more ? shown.get(shown.size() - 1).path() : null);
    }

    /** What the index holds, read from its records only when the list is asked for before the first sync has listed it. */
    private void seedOnce() {
        statuses.seedOnce(() -> index.files().values().stream().map(DocumentLibrary::indexed).toList());
    }

    private java.util.stream.Stream<DocumentStatus> visible(java.util.stream.Stream<DocumentStatus> listed) {
        return listed.filter(s -> !removals.contains(s.documentId()))
                .map(s -> exclusions.contains(s.documentId()) && s.state() != DocumentState.EXCLUDED ? excluded(s.path(), s) : s);
    }

    public Optional<DocumentStatus> status(String documentId) {
        if (removals.contains(documentId)) {
            return Optional.empty();
        }
        Optional<DocumentStatus> known = statuses.get(documentId);
        Optional<String> excludedPath = exclusions.path(documentId);
        if (excludedPath.isPresent()) {
            return Optional.of(excluded(excludedPath.get(), known.orElse(null)));
        }
        // One record looked up by id, not a scan of every record.
        return known.or(() -> index.file(documentId).map(DocumentLibrary::indexed));
    }

    /**
     * Stores the files under the corpus folder and queues them for indexing. Every file is checked
     * before any is stored, so a request with one unsupported or oversized file stores nothing.
     */
    public List<UploadedDocument> upload(List<Upload> uploads) {
        if (uploads.size() > maxFilesPerUpload) {
            throw new TooManyFilesException(uploads.size(), maxFilesPerUpload);
        }
        for (Upload upload : uploads) {
            if (DocumentFormat.of(SafeFileName.of(upload.fileName())).isEmpty()) {
                throw new UnsupportedDocumentTypeException(upload.fileName());
            }
            if (upload.bytes().length > maxFileBytes) {
                throw new DocumentTooLargeException(upload.fileName(), upload.bytes().length, maxFileBytes);
            }
        }
        List<UploadedDocument> results = new ArrayList<>();
        for (Upload upload : uploads) {
            results.add(store.store(upload));
        }
        worker.requestSync();
        return results;
    }

    /** A file sent for upload: its name as the client gave it, and its content. */
    public record Upload(String fileName, byte[] bytes) {
    }

    /** What {@link #delete} did. */
    public enum Removal {
        /** No such document (or it was already deleted or excluded). */
        NOT_FOUND,
        /** Its file was deleted: an upload, or a file of the user's folder deleted on purpose. */
        DELETED,
        /** A file of the user's folder: left out of Footnote, the file left alone. */
        EXCLUDED
    }

    /**
     * Removes a document from Footnote without destroying the user's own file: an upload (under
     * {@code uploads/}) is deleted, a file of the user's folder is excluded ({@link Exclusions}) and
     * stays on disk unless {@code deleteFile} asks for it to go.
     *
     * @param deleteFile delete the file even when it is the user's own (not an upload)
     */
    public Removal remove(String documentId, boolean deleteFile) {
        Optional<DocumentStatus> status = status(documentId);
        if (status.isEmpty()) {
            return Removal.NOT_FOUND;
        }
        String path = status.get().path();
        if (deleteFile || path.startsWith(UPLOADS + "/")) {
            if (exclusions.contains(documentId)) {
                exclusions.include(documentId);
            }
            return delete(documentId) ? Removal.DELETED : Removal.NOT_FOUND;
        }
        if (!exclusions.exclude(path)) {
            return Removal.NOT_FOUND;
        }
        statuses.put(status.get().with(DocumentState.EXCLUDED, Exclusions.REASON));
        log.info("Excluded document {} ({}): hidden now, its file left in the folder", documentId, path);
        worker.requestSync();
        return Removal.EXCLUDED;
    }

    /**
     * Includes an excluded document again: it is queued, and the indexer reads its file as it is now.
     *
     * @return its status; empty when it was not excluded
     */
    public Optional<DocumentStatus> include(String documentId) {
        Optional<String> path = exclusions.include(documentId);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        DocumentStatus queued = DocumentStatus.queued(path.get());
        statuses.put(queued);
        log.info("Included document {} ({}) again", documentId, path.get());
        worker.requestSync();
        return Optional.of(queued);
    }

    /**
     * Deletes a document: it is hidden from every read at once, and the indexing worker then takes its
     * passages out of the index and, only once they are gone, its file out of the corpus folder
     * (otherwise the next look at the folder would bring it back). Returns without waiting for a batch
     * being indexed; while the index cannot be written the document stays hidden and its file stays.
     *
     * @return whether there was such a document (one already being deleted is no more)
     */
    boolean delete(String documentId) {
        Optional<DocumentStatus> status = statuses.get(documentId).or(() -> status(documentId));
        if (status.isEmpty()) {
            return false;
        }
        Path file = corpusDir.resolve(status.get().path());
        if (!CorpusFolder.isInside(corpusDir, file)) {
            throw new IllegalStateException("refusing to delete outside the corpus folder: " + file);
        }
        if (!removals.add(documentId, status.get().path())) {
            return false;
        }
        statuses.remove(documentId);
        store.forget(documentId);
        log.info("Deleting document {} ({}): hidden now, removed by the indexer", documentId, status.get().path());
        worker.requestSync();
        return true;
    }

    private static DocumentStatus excluded(String path, DocumentStatus known) {
        DocumentStatus base = known != null ? known : DocumentStatus.queued(path);
        return base.with(DocumentState.EXCLUDED, Exclusions.REASON);
    }

    static DocumentStatus indexed(IndexedFile f) {
        return new DocumentStatus(f.documentId(), f.path(), DocumentState.INDEXED, null, f.passages(), f.title(), f.type(), f.pages());
    }
}
