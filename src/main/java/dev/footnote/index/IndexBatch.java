package dev.footnote.index;

import java.util.ArrayList;
import java.util.List;

import dev.footnote.corpus.Document;

/** Documents waiting for the next commit of {@link CorpusIndexer}'s sync. */
final class IndexBatch {
    final List<Document> documents = new ArrayList<>();
    final List<String> deletions = new ArrayList<>();
    int passages;
    long bytes;

    void add(Document document, long size) {
        documents.add(document);
        passages += document.passages().size();
        bytes += size;
    }

    void clear() {
        documents.clear();
        deletions.clear();
        passages = 0;
        bytes = 0;
    }
}
