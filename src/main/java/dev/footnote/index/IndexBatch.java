package dev.footnote.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.footnote.corpus.Document;

/** Documents of one commit of {@link CorpusIndexer}'s sync, with what else that commit carries; a new one for each commit. */
final class IndexBatch {
    final List<Document> documents = new ArrayList<>();
    /** Each document's stamp as the folder listed it, by document id. */
    final Map<String, FileStamp> stamps = new HashMap<>();
    final List<String> deletions = new ArrayList<>();
    /** Records of files touched whose content is unchanged, written again with their new stamp. */
    final List<IndexedFile> restamped = new ArrayList<>();
    int passages;
    long bytes;

    void add(Document document, FileStamp stamp, long size) {
        documents.add(document);
        stamps.put(document.id(), stamp);
        passages += document.passages().size();
        bytes += size;
    }

    boolean isEmpty() {
        return documents.isEmpty() && deletions.isEmpty() && restamped.isEmpty();
    }

    IndexChanges.Replacement replacement(Document document) {
        return new IndexChanges.Replacement(document, stamps.get(document.id()));
    }

    /** Everything in one commit. */
    IndexChanges changes() {
        return new IndexChanges(documents.stream().map(this::replacement).toList(), deletions, List.of(), List.of(), restamped);
    }
}
