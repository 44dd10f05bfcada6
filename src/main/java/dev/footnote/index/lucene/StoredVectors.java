package dev.footnote.index.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import dev.footnote.index.EmbeddedPassage;
import dev.footnote.index.IndexFields;

/** Reads vectors back out of the index: for reuse on re-indexing, and sentence vectors for matching. */
final class StoredVectors {

    private StoredVectors() {
    }

    /** The passage (and sentence) vectors stored under these embedding hashes; incomplete ones are left out. */
    static Map<String, EmbeddedPassage> byEmbeddingHash(IndexSearcher searcher, List<String> hashes, boolean needSentences)
            throws IOException {
        Map<String, EmbeddedPassage> found = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = searcher.storedFields();
        for (String hash : hashes) {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.EMBEDDED_HASH, hash)), 1);
            if (top.scoreDocs.length == 0) {
                continue;
            }
            int doc = top.scoreDocs[0].doc;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
            if (values == null || values.advance(doc - leaf.docBase) != doc - leaf.docBase) {
                continue;
            }
            float[][] sentences = sentences(stored.document(doc, Set.of(IndexFields.SENTENCE_VECTORS)));
            if (needSentences && sentences == null) {
                continue;
            }
            found.put(hash, new EmbeddedPassage(values.vectorValue().clone(), sentences == null ? new float[0][] : sentences));
        }
        return found;
    }

    /** The sentence vectors of these passages, by passage id; a passage without them is absent. */
    static Map<String, float[][]> sentencesByPassageId(IndexSearcher searcher, Collection<String> passageIds) throws IOException {
        Query query = new TermInSetQuery(IndexFields.PASSAGE_ID, passageIds.stream().map(BytesRef::new).toList());
        StoredFields stored = searcher.storedFields();
        Map<String, float[][]> found = new HashMap<>();
        for (ScoreDoc sd : searcher.search(query, passageIds.size()).scoreDocs) {
            Document doc = stored.document(sd.doc, Set.of(IndexFields.PASSAGE_ID, IndexFields.SENTENCE_VECTORS));
            float[][] sentences = sentences(doc);
            if (sentences != null) {
                found.put(doc.get(IndexFields.PASSAGE_ID), sentences);
            }
        }
        return found;
    }

    private static float[][] sentences(Document doc) {
        BytesRef packed = doc.getBinaryValue(IndexFields.SENTENCE_VECTORS);
        // Either encoding: the bytes say which (an index is rebuilt on a switch, but one reader is simpler than two).
        return packed == null ? null : SentenceVectorBytes.unpack(packed.bytes, packed.offset, packed.length);
    }
}
