package dev.footnote.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Document;

/**
 * Brings the index in line with the corpus folder, touching only what changed: a file whose content
 * hash is unchanged is left alone, a changed or new file is (re)written, a deleted file leaves the
 * index. A file that could not be read keeps its previously indexed passages: nothing is lost.
 */
public final class CorpusIndexer {

    private static final Logger log = LoggerFactory.getLogger(CorpusIndexer.class);

    private final CorpusReader reader;
    private final IndexBackend index;

    public CorpusIndexer(CorpusReader reader, IndexBackend index) {
        this.reader = reader;
        this.index = index;
    }

    public IndexSyncReport sync(Path corpusDir) {
        long started = System.nanoTime();
        CorpusReader.Result corpus = reader.read(corpusDir);
        Map<String, IndexedFile> indexed = index.files();

        List<IndexChanges.Replacement> replacements = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int unchanged = 0;
        for (Document document : corpus.documents()) {
            IndexedFile before = indexed.get(document.path());
            if (before != null && before.contentHash().equals(document.contentHash())) {
                unchanged++;
                continue;
            }
            replacements.add(new IndexChanges.Replacement(document));
            (before == null ? added : changed).add(document.path());
        }

        Set<String> present = new HashSet<>();
        corpus.documents().forEach(d -> present.add(d.path()));
        corpus.skipped().forEach(s -> present.add(s.path()));
        List<String> removed = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        for (IndexedFile file : indexed.values()) {
            if (!present.contains(file.path())) {
                removed.add(file.path());
                deletions.add(file.documentId());
            }
        }

        IndexChanges changes = new IndexChanges(replacements, deletions);
        if (!changes.isEmpty()) {
            index.apply(changes);
        }
        IndexSyncReport report = new IndexSyncReport(added, changed, removed, unchanged,
                corpus.skipped().stream().map(CorpusReader.Skipped::path).toList(),
                (System.nanoTime() - started) / 1_000_000);
        log.info("Index synchronised with {} in {} ms: {} added, {} changed, {} removed, {} unchanged, {} skipped",
                corpusDir, report.millis(), added.size(), changed.size(), removed.size(), unchanged, report.skipped().size());
        return report;
    }
}
