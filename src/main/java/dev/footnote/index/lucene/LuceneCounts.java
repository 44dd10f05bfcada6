package dev.footnote.index.lucene;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;

import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageIndex;

/**
 * Passage and record counts of the current reader, counted once per commit rather than on every call: health,
 * {@code GET /api/index} and every answer's term weights ask for them. Also the reader's version and term statistics.
 */
final class LuceneCounts {

    private final LuceneSearchers searchers;
    private volatile Counts counts;

    private record Counts(long readerVersion, int passages, int documents) {
    }

    LuceneCounts(LuceneSearchers searchers) {
        this.searchers = searchers;
    }

    int passages() {
        return current().passages();
    }

    int documents() {
        return current().documents();
    }

    /** Changes whenever a commit changes the index: a cheap key for caches of anything derived from it. */
    long version() {
        return searchers.withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    /** Document frequency of an analysed term in the text field, and the number of passages. */
    PassageIndex.TermStats termStats(String term) {
        int passages = passages();
        return searchers.withSearcher(searcher -> new PassageIndex.TermStats(
                searcher.getIndexReader().docFreq(new Term(IndexFields.TEXT, term)), passages));
    }

    /** The counts of the current reader: counted when a commit made a new reader, then read as they are. */
    private Counts current() {
        return searchers.withSearcher(searcher -> {
            long readerVersion = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            Counts current = counts;
            if (current == null || current.readerVersion() != readerVersion) {
                int documents = LuceneRecords.documentCount(searcher);
                int records = documents + LuceneRecords.exclusionCount(searcher) + LuceneRecords.summaryCount(searcher);
                current = new Counts(readerVersion, searcher.getIndexReader().numDocs() - records, documents);
                counts = current;
            }
            return current;
        });
    }
}
