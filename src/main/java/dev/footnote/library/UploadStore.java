package dev.footnote.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.CorpusFolder;
import dev.footnote.corpus.DocumentState;
import dev.footnote.corpus.DocumentStatus;
import dev.footnote.corpus.StableIds;
import dev.footnote.index.DocumentStatuses;
import dev.footnote.index.PassageIndex;

/**
 * Writes checked uploads under {@code uploads/} in the corpus folder, each under a free name, and keeps
 * the same content sent twice as one document. Checking the request and asking for a sync stay with
 * {@link DocumentLibrary}.
 */
final class UploadStore {

    private static final Logger log = LoggerFactory.getLogger(UploadStore.class);

    private final Path corpusDir;
    private final PassageIndex index;
    private final DocumentStatuses statuses;
    /** Content hashes of uploads not yet indexed, so that the same content sent twice is one document. */
    private final Map<String, String> pendingUploads = new ConcurrentHashMap<>();

    UploadStore(Path corpusDir, PassageIndex index, DocumentStatuses statuses) {
        this.corpusDir = corpusDir;
        this.index = index;
        this.statuses = statuses;
    }

    synchronized UploadedDocument store(DocumentLibrary.Upload upload) {
        String hash = StableIds.sha256(upload.bytes());
        Optional<DocumentStatus> same = sameContent(hash);
        if (same.isPresent()) {
            log.info("Upload {} has the same content as {}: kept once", upload.fileName(), same.get().path());
            return new UploadedDocument(upload.fileName(), same.get(), true);
        }
        String name = SafeFileName.of(upload.fileName());
        if (upload.bytes().length == 0) {
            DocumentStatus empty = DocumentStatus.queued(DocumentLibrary.UPLOADS + "/" + name).with(DocumentState.SKIPPED, "is empty");
            log.info("Upload {} is empty: not stored", upload.fileName());
            return new UploadedDocument(upload.fileName(), empty, false);
        }
        try {
            Path folder = corpusDir.resolve(DocumentLibrary.UPLOADS);
            Files.createDirectories(folder);
            Path target = freeName(folder, name);
            if (!CorpusFolder.isInside(corpusDir, target)) {
                throw new IllegalStateException("refusing to write outside the corpus folder: " + target);
            }
            // Written under a hidden name, then moved: the indexer never reads half a file.
            Path partial = Files.createTempFile(folder, ".upload-", ".part");
            Files.write(partial, upload.bytes());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            String path = corpusDir.relativize(target).toString().replace('\\', '/');
            DocumentStatus queued = DocumentStatus.queued(path);
            statuses.put(queued);
            pendingUploads.put(hash, queued.documentId());
            log.info("Stored upload {} as {} ({} bytes)", upload.fileName(), path, upload.bytes().length);
            return new UploadedDocument(upload.fileName(), queued, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload " + name + " in " + corpusDir.toAbsolutePath(), e);
        }
    }

    /** Forgets a deleted document's content, so that sending it again stores it anew. */
    void forget(String documentId) {
        pendingUploads.values().removeIf(documentId::equals);
    }

    private Optional<DocumentStatus> sameContent(String hash) {
        String pending = pendingUploads.get(hash);
        if (pending != null) {
            // A failed upload counts too: the same bytes would fail the same way, and are not kept twice.
            Optional<DocumentStatus> status = statuses.get(pending);
            if (status.isPresent()) {
                return status;
            }
            pendingUploads.remove(hash);
        }
        return index.files().values().stream().filter(f -> f.contentHash().equals(hash)).findFirst()
                .map(f -> statuses.get(f.documentId()).orElse(DocumentLibrary.indexed(f)));
    }

    private static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stem + "-" + n + extension);
        }
        return target;
    }
}
