package dev.footnote.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

import dev.footnote.index.IndexFields;
import dev.footnote.index.IndexedFile;
import dev.footnote.index.PassageDocuments;

/**
 * The records the index keeps beside the passages, as a searcher reads them: one document record per file (found by
 * its file id, never by scanning passages) and one exclusion record per excluded file.
 */
final class LuceneRecords {

    /** Matches the document records: every record has a file id, no passage has one. */
    private static final Query RECORDS = new FieldExistsQuery(IndexFields.FILE_ID);
    /** Matches the exclusion records: only they carry an excluded id. */
    private static final Query EXCLUSIONS = new FieldExistsQuery(IndexFields.EXCLUDED_ID);

    private LuceneRecords() {
    }

    /** The document records, by path. */
    static Map<String, IndexedFile> files(IndexSearcher searcher) throws IOException {
        Map<String, IndexedFile> files = new TreeMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(RECORDS, Math.max(1, searcher.count(RECORDS))).scoreDocs) {
            IndexedFile file = PassageDocuments.toFile(stored.document(sd.doc));
            files.put(file.path(), file);
        }
        return new LinkedHashMap<>(files);
    }

    /** One document's record, looked up by id. */
    static Optional<IndexedFile> file(IndexSearcher searcher, String documentId) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.FILE_ID, documentId)), 1);
        return top.scoreDocs.length == 0 ? Optional.empty()
                : Optional.of(PassageDocuments.toFile(searcher.storedFields().document(top.scoreDocs[0].doc)));
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
