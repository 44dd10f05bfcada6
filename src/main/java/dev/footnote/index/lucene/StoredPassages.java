package dev.footnote.index.lucene;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.footnote.corpus.Passage;
import dev.footnote.index.PassageDocuments;

/**
 * The passages of search hits, read from their stored fields once and then kept. Every question's BM25 and vector
 * searches bring up about a hundred candidates before fusion keeps five, and reading a stored document decompresses
 * its whole block: in a profile of `eval` on SQuAD that was about a seventh of an answer's time. A segment's stored fields
 * never change (an update deletes the document and adds it to a new segment), so a passage kept under its segment's
 * core and its number there is never stale; a merged or updated segment's passages simply stop being asked for.
 */
final class StoredPassages {

    /** Passages kept (about 20 MB of SQuAD-sized passages). */
    private static final int CACHE_LIMIT = 20_000;

    /** A document by its segment's core (identity) and its number within that segment. */
    private record Key(Object core, int doc) {
    }

    private final Cache<Key, Passage> cache = Caffeine.newBuilder().maximumSize(CACHE_LIMIT).build();

    /** The passage of the searcher's document {@code doc}. */
    Passage of(IndexSearcher searcher, StoredFields stored, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
        if (core == null) {
            // A reader that cannot say when its contents change: read every time.
            return read(stored, doc);
        }
        Key key = new Key(core.getKey(), doc - leaf.docBase);
        Passage kept = cache.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        Passage passage = read(stored, doc);
        cache.put(key, passage);
        return passage;
    }

    private static Passage read(StoredFields stored, int doc) throws IOException {
        return PassageDocuments.toPassage(stored.document(doc, PassageDocuments.PASSAGE_FIELDS));
    }
}
