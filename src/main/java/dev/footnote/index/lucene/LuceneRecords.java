package dev.footnote.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import dev.footnote.index.IndexFields;
import dev.footnote.index.IndexedFile;
import dev.footnote.index.PassageDocuments;
import dev.footnote.index.RecordBytes;

/**
 * The records the index keeps beside the passages, as a searcher reads them: one document record per file (found by
 * its file id, never by scanning passages) and one exclusion record per excluded file.
 */
final class LuceneRecords {

    /** Matches the document records: every record has a file id, no passage has one. */
    private static final Query RECORDS = new FieldExistsQuery(IndexFields.FILE_ID);
    /** Matches the exclusion records: only they carry an excluded id. */
    private static final Query EXCLUSIONS = new FieldExistsQuery(IndexFields.EXCLUDED_ID);

    /** Matches the summary records: only they carry a summary id. */
    private static final Query SUMMARIES = new FieldExistsQuery(IndexFields.SUMMARY_OF);

    private LuceneRecords() {
    }

    static int summaryCount(IndexSearcher searcher) throws IOException {
        return searcher.count(SUMMARIES);
    }

    /** The summaries made under this key with anything in them, in path order. */
    static List<dev.footnote.index.PassageIndex.DocumentSummary> summaries(IndexSearcher searcher, String key) throws IOException {
        Query full = new TermQuery(new Term(IndexFields.SUMMARY_FULL, key));
        StoredFields stored = searcher.storedFields();
        List<dev.footnote.index.PassageIndex.DocumentSummary> summaries = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(full, Math.max(1, searcher.count(full))).scoreDocs) {
            org.apache.lucene.document.Document doc = stored.document(sd.doc);
            summaries.add(new dev.footnote.index.PassageIndex.DocumentSummary(doc.get(IndexFields.SUMMARY_OF),
                    doc.get(IndexFields.PATH), doc.get(IndexFields.SUMMARY_TEXT)));
        }
        summaries.sort(java.util.Comparator.comparing(dev.footnote.index.PassageIndex.DocumentSummary::path));
        return summaries;
    }

    /** The documents without a summary made under this key: two counts when there are none, else the ids compared. */
    static Map<String, String> unsummarised(IndexSearcher searcher, String key) throws IOException {
        Query current = new TermQuery(new Term(IndexFields.SUMMARY_KEY, key));
        if (searcher.count(current) >= documentCount(searcher)) {
            return Map.of();
        }
        StoredFields stored = searcher.storedFields();
        Map<String, String> ids = new java.util.HashMap<>();
        for (ScoreDoc sd : searcher.search(RECORDS, Math.max(1, searcher.count(RECORDS))).scoreDocs) {
            org.apache.lucene.document.Document record = stored.document(sd.doc);
            ids.put(record.get(IndexFields.FILE_ID), record.get(IndexFields.PATH));
        }
        for (ScoreDoc sd : searcher.search(current, Math.max(1, searcher.count(current))).scoreDocs) {
            ids.remove(stored.document(sd.doc).get(IndexFields.SUMMARY_OF));
        }
        return ids;
    }

    /**
     * The document records, by path: from the record column, segment by segment; a record written before the column
     * existed from its stored fields.
     */
    static Map<String, IndexedFile> files(IndexSearcher searcher) throws IOException {
        Map<String, IndexedFile> files = new TreeMap<>();
        Weight records = searcher.createWeight(searcher.rewrite(RECORDS), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = records.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            BinaryDocValues column = leaf.reader().getBinaryDocValues(IndexFields.RECORD);
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    IndexedFile file = record(column, stored, doc);
                    files.put(file.path(), file);
                }
            }
        }
        return new LinkedHashMap<>(files);
    }

    /** How many document records lack the record column (written before it existed). */
    static int recordsWithoutColumn(IndexSearcher searcher) throws IOException {
        return searcher.count(new BooleanQuery.Builder().add(RECORDS, BooleanClause.Occur.FILTER)
                .add(new FieldExistsQuery(IndexFields.RECORD), BooleanClause.Occur.MUST_NOT).build());
    }

    /** One document's record, looked up by id. */
    static Optional<IndexedFile> file(IndexSearcher searcher, String documentId) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.FILE_ID, documentId)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(top.scoreDocs[0].doc, leaves));
        int doc = top.scoreDocs[0].doc - leaf.docBase;
        return Optional.of(record(leaf.reader().getBinaryDocValues(IndexFields.RECORD), leaf.reader().storedFields(), doc));
    }

    /**
     * A record from the record column of its segment ({@code column}, positioned before {@code doc}; null when no record
     * of the segment has it), or from its stored fields when it was written before the column.
     */
    private static IndexedFile record(BinaryDocValues column, StoredFields stored, int doc) throws IOException {
        if (column != null && column.advanceExact(doc)) {
            BytesRef bytes = column.binaryValue();
            IndexedFile file = RecordBytes.decode(bytes.bytes, bytes.offset, bytes.length);
            if (file != null) {
                return file;
            }
        }
        return PassageDocuments.toFile(stored.document(doc));
    }

    static int documentCount(IndexSearcher searcher) throws IOException {
        return searcher.count(RECORDS);
    }

    static int exclusionCount(IndexSearcher searcher) throws IOException {
        return searcher.count(EXCLUSIONS);
    }

    /** The paths of the excluded files. */
    static List<String> exclusionPaths(IndexSearcher searcher) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<String> paths = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(EXCLUSIONS, Math.max(1, searcher.count(EXCLUSIONS))).scoreDocs) {
            paths.add(stored.document(sd.doc).get(IndexFields.PATH));
        }
        return paths;
    }

    /** The excluded paths recorded in the last commit of an index about to be rebuilt; none when there is no index. */
    static List<String> exclusionsOfLatestCommit(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return List.of();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return exclusionPaths(new IndexSearcher(reader));
        }
    }
}
