package dev.footnote.index;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.DocumentState;
import dev.footnote.corpus.DocumentStatus;
import dev.footnote.corpus.UnreadableDocumentException;

/** What one sync of {@link CorpusIndexer} found, for its report. */
final class SyncTally {

    private static final Logger log = LoggerFactory.getLogger(CorpusIndexer.class);

    final List<String> added = new ArrayList<>();
    final List<String> changed = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    int unchanged;

    void unreadable(String path, UnreadableDocumentException e, DocumentStatuses statuses) {
        log.warn("Skipping corpus file {}: {}", path, e.getMessage());
        skipped.add(path);
        statuses.put(DocumentStatus.queued(path).with(e.skipped() ? DocumentState.SKIPPED : DocumentState.FAILED, e.getMessage()));
    }

    void skip(String path, String reason, DocumentStatuses statuses) {
        log.info("Skipping corpus file {}: {}", path, reason);
        skipped.add(path);
        statuses.put(DocumentStatus.queued(path).with(DocumentState.SKIPPED, reason));
    }
}
