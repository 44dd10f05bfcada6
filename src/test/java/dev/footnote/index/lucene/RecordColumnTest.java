package dev.footnote.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import dev.footnote.index.FileStamp;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexFields;
import dev.footnote.index.IndexedFile;
import dev.footnote.index.PassageDocuments;
import dev.footnote.index.RecordBytes;

/** The document records read from their column, and those written before it from their stored fields: listed, and one by id. */
class RecordColumnTest {

    private static final IndexedFile STAMPED = new IndexedFile("id-a", "reports/a.pdf", "hash-a", 12, "Annual report", "pdf", 7,
            new FileStamp(4_096, 1_700_000_000_123L));
    private static final IndexedFile BARE = new IndexedFile("id-b", "notes/b.txt", "hash-b", 1, "Notes", "txt", 0);

    @Test
    void aRecordSurvivesItsBytesWithNullsAndWithoutAStamp() {
        for (IndexedFile file : new IndexedFile[] {STAMPED, BARE, new IndexedFile("id-c", "c/ü ñ 名.md", "h", 3, "", "md", 0),
                new IndexedFile("id-d", "d.txt", "h", 1)}) {
            byte[] bytes = RecordBytes.encode(file);
            byte[] padded = new byte[bytes.length + 5];
            System.arraycopy(bytes, 0, padded, 3, bytes.length);
            assertThat(RecordBytes.decode(padded, 3, bytes.length)).isEqualTo(file);
        }
    }

    @Test
    void recordsWithAndWithoutTheColumnAreListedAlikeAndPassagesNever() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new FootnoteAnalyzer()))) {
            Document passage = new Document();
            passage.add(new KeywordField(IndexFields.DOCUMENT_ID, "id-a", Field.Store.YES));
            passage.add(new TextField(IndexFields.TEXT, "Kestrels hover over the verge.", Field.Store.YES));
            writer.addDocument(passage);
            writer.addDocument(PassageDocuments.record(STAMPED));
            writer.addDocument(olderRecord(BARE));
            // A record replaced: only the live one is listed.
            writer.updateDocument(new Term(IndexFields.FILE_ID, "id-a"), PassageDocuments.record(STAMPED.withStamp(new FileStamp(5, 6))));
            writer.commit();

            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Map<String, IndexedFile> files = LuceneRecords.files(searcher);

                assertThat(files).containsOnlyKeys("notes/b.txt", "reports/a.pdf");
                assertThat(files.keySet()).containsExactly("notes/b.txt", "reports/a.pdf");
                assertThat(files.get("reports/a.pdf")).isEqualTo(STAMPED.withStamp(new FileStamp(5, 6)));
                assertThat(files.get("notes/b.txt")).isEqualTo(BARE);
                assertThat(LuceneRecords.recordsWithoutColumn(searcher)).isEqualTo(1);
                // One record by its id, from the column or the stored fields alike.
                assertThat(LuceneRecords.file(searcher, "id-a")).contains(STAMPED.withStamp(new FileStamp(5, 6)));
                assertThat(LuceneRecords.file(searcher, "id-b")).contains(BARE);
                assertThat(LuceneRecords.file(searcher, "id-z")).isEmpty();
            }
        }
    }

    /** A record as written before the column: stored fields only. */
    private static Document olderRecord(IndexedFile file) {
        Document doc = PassageDocuments.record(file);
        doc.removeField(IndexFields.RECORD);
        assertThat(doc.getField(IndexFields.RECORD)).isNull();
        return doc;
    }
}
