package dev.footnote.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Document;
import dev.footnote.corpus.Passage;
import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageDocuments;

class StoredPassagesTest {

    private final StoredPassages passages = new StoredPassages();

    @Test
    void keepsAPassageReadOnceAndReadsTheNewTextAfterAnUpdateTakesItsNumber() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(lucene("The old text of the memo."));
            writer.commit();
            try (DirectoryReader before = DirectoryReader.open(dir)) {
                Passage first = passageOf(before);
                assertThat(first.text()).isEqualTo("The old text of the memo.");
                assertThat(passageOf(before)).isSameAs(first);
            }

            // The updated passage lands at document 0 of a new segment: the number the old one had.
            writer.updateDocument(new Term(IndexFields.PASSAGE_ID, "p1"), lucene("The new text of the memo."));
            writer.forceMerge(1);
            writer.commit();
            try (DirectoryReader after = DirectoryReader.open(dir)) {
                assertThat(passageOf(after).text()).isEqualTo("The new text of the memo.");
            }
        }
    }

    private Passage passageOf(DirectoryReader reader) throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        ScoreDoc[] hits = searcher.search(new TermQuery(new Term(IndexFields.PASSAGE_ID, "p1")), 1).scoreDocs;
        assertThat(hits).hasSize(1);
        assertThat(hits[0].doc).isZero();
        return passages.of(searcher, searcher.storedFields(), hits[0].doc);
    }

    private static org.apache.lucene.document.Document lucene(String text) {
        Passage passage = new Passage("p1", "d1", 0, text, "Memo", null, null, null);
        return PassageDocuments.toLucene(new Document("d1", "memo.txt", "hash", List.of(passage), "Memo", "text", 0), passage);
    }
}
