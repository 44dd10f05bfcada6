package dev.footnote.index;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

import dev.footnote.corpus.Passage;
import dev.footnote.corpus.StableIds;

/** Maps a passage to its Lucene document and back. */
public final class PassageDocuments {

    private PassageDocuments() {
    }

    public static Document toLucene(dev.footnote.corpus.Document source, Passage passage) {
        return toLucene(source, passage, null);
    }

    public static Document toLucene(dev.footnote.corpus.Document source, Passage passage, EmbeddedPassage vectors) {
        return toLucene(source, passage, vectors, null);
    }

    /** The Lucene document of a passage, with its dense vector and its annotation when they are given. */
    public static Document toLucene(dev.footnote.corpus.Document source, Passage passage, EmbeddedPassage vectors,
                                    PassageAnnotator.Annotation annotation) {
        Document doc = new Document();
        // Keyword fields are indexed as one exact term: the ids are looked up, never searched.
        doc.add(new KeywordField(IndexFields.PASSAGE_ID, passage.id(), Field.Store.YES));
        doc.add(new KeywordField(IndexFields.DOCUMENT_ID, passage.documentId(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.PATH, source.path()));
        doc.add(new StoredField(IndexFields.CONTENT_HASH, source.contentHash()));
        doc.add(new IntField(IndexFields.ORDINAL, passage.ordinal(), Field.Store.YES));
        // TextField: analysed for BM25, and stored because answers quote it character for character.
        doc.add(new TextField(IndexFields.TEXT, passage.text(), Field.Store.YES));
        if (passage.source() != null) {
            // Searchable too: a source line often names the actor ("joint US-EU statement") that the text does not.
            doc.add(new TextField(IndexFields.SOURCE, passage.source(), Field.Store.YES));
        }
        if (passage.page() != null) {
            doc.add(new StoredField(IndexFields.PAGE, passage.page()));
        }
        if (passage.section() != null) {
            // Searchable like the source line: a heading names what the paragraphs below it are about.
            doc.add(new TextField(IndexFields.SECTION, passage.section(), Field.Store.YES));
        }
        if (passage.context() != null) {
            // Searchable like the section: "From: Daniel Kim" or a title page finds the passages they belong to.
            doc.add(new TextField(IndexFields.CONTEXT, passage.context(), Field.Store.YES));
        }
        doc.add(new StoredField(IndexFields.TITLE, source.title()));
        doc.add(new StoredField(IndexFields.TYPE, source.type()));
        doc.add(new StoredField(IndexFields.PAGES, source.pages()));
        if (vectors != null) {
            // HNSW graph for approximate nearest neighbours; cosine because that is what MiniLM was trained for.
            doc.add(new KnnFloatVectorField(IndexFields.VECTOR, vectors.passage(), VectorSimilarityFunction.COSINE));
            if (vectors.sentences().length > 0) {
                // Stored only: read back for the few candidates of a query, never searched on their own.
                doc.add(new StoredField(IndexFields.SENTENCE_VECTORS, EmbeddedPassage.pack(vectors.sentences())));
            }
            // Looked up by exact value on re-indexing, to reuse the vector of unchanged content.
            doc.add(new KeywordField(IndexFields.EMBEDDED_HASH, PassageVectors.embeddingHash(passage), Field.Store.NO));
        }
        if (annotation != null) {
            // One exact term per speaking actor (with doc values): "who speaks here" is a filter or a count, never a search.
            annotation.actors().forEach(a -> doc.add(new KeywordField(IndexFields.ACTOR, a, Field.Store.NO)));
            doc.add(new StoredField(IndexFields.STATEMENTS, annotation.statements()));
        }
        return doc;
    }

    /**
     * The document record of a file: its id ({@link IndexFields#FILE_ID}, which no passage carries), path,
     * hash, passage count, title, format, pages and stamp; what the documents list and the start-up sync read.
     */
    public static Document record(dev.footnote.corpus.Document source, FileStamp stamp) {
        return record(new IndexedFile(source.id(), source.path(), source.contentHash(), source.passages().size(), source.title(),
                source.type(), source.pages(), stamp));
    }

    public static Document record(dev.footnote.corpus.Document source) {
        return record(source, FileStamp.UNKNOWN);
    }

    /** The document record of a file as the index knows it (written again with a new stamp when the file was touched). */
    public static Document record(IndexedFile file) {
        Document doc = new Document();
        doc.add(new KeywordField(IndexFields.FILE_ID, file.documentId(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.PATH, file.path()));
        doc.add(new StoredField(IndexFields.CONTENT_HASH, file.contentHash()));
        doc.add(new StoredField(IndexFields.PASSAGES, file.passages()));
        doc.add(new StoredField(IndexFields.TITLE, file.title()));
        doc.add(new StoredField(IndexFields.TYPE, file.type()));
        doc.add(new StoredField(IndexFields.PAGES, file.pages()));
        if (file.stamp().known()) {
            doc.add(new StoredField(IndexFields.FILE_SIZE, file.stamp().size()));
            doc.add(new StoredField(IndexFields.FILE_MODIFIED, file.stamp().modifiedMillis()));
        }
        doc.add(new BinaryDocValuesField(IndexFields.RECORD, new BytesRef(RecordBytes.encode(file))));
        return doc;
    }

    /**
     * The summary record of a file ({@link PassageAnnotator#summarise}): its id ({@link IndexFields#SUMMARY_OF}, which
     * nothing else carries), path, key, and the summary; replaced and deleted with the document record.
     */
    public static Document summary(dev.footnote.corpus.Document source, PassageAnnotator.Summary summary) {
        Document doc = new Document();
        doc.add(new KeywordField(IndexFields.SUMMARY_OF, source.id(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.PATH, source.path()));
        doc.add(new KeywordField(IndexFields.SUMMARY_KEY, summary.key(), Field.Store.NO));
        if (!summary.text().isEmpty()) {
            doc.add(new KeywordField(IndexFields.SUMMARY_FULL, summary.key(), Field.Store.NO));
            doc.add(new StoredField(IndexFields.SUMMARY_TEXT, summary.text()));
        }
        return doc;
    }

    /** The file a document record describes. */
    public static IndexedFile toFile(Document record) {
        FileStamp stamp = record.getField(IndexFields.FILE_SIZE) == null ? FileStamp.UNKNOWN
                : new FileStamp(record.getField(IndexFields.FILE_SIZE).numericValue().longValue(),
                        record.getField(IndexFields.FILE_MODIFIED).numericValue().longValue());
        return new IndexedFile(record.get(IndexFields.FILE_ID), record.get(IndexFields.PATH), record.get(IndexFields.CONTENT_HASH),
                record.getField(IndexFields.PASSAGES).numericValue().intValue(), record.get(IndexFields.TITLE),
                record.get(IndexFields.TYPE), record.getField(IndexFields.PAGES).numericValue().intValue(), stamp);
    }

    /**
     * The exclusion record of a file of the folder left out of the corpus: its document id under
     * {@link IndexFields#EXCLUDED_ID} (nothing else carries that field) and its path.
     */
    public static Document exclusion(String path) {
        Document doc = new Document();
        doc.add(new KeywordField(IndexFields.EXCLUDED_ID, StableIds.documentId(path), Field.Store.YES));
        doc.add(new StoredField(IndexFields.PATH, path));
        return doc;
    }

    /**
     * The stored fields {@link #toPassage} reads: a search reads only these, not the sentence vectors and extract
     * stored beside them (a hybrid search reads ~150 passages; the sentence vectors of its candidates are read apart).
     */
    public static final java.util.Set<String> PASSAGE_FIELDS = java.util.Set.of(IndexFields.PASSAGE_ID, IndexFields.DOCUMENT_ID,
            IndexFields.ORDINAL, IndexFields.TEXT, IndexFields.SOURCE, IndexFields.PAGE, IndexFields.SECTION, IndexFields.CONTEXT);

    public static Passage toPassage(Document doc) {
        return new Passage(
                doc.get(IndexFields.PASSAGE_ID),
                doc.get(IndexFields.DOCUMENT_ID),
                doc.getField(IndexFields.ORDINAL).numericValue().intValue(),
                doc.get(IndexFields.TEXT),
                doc.get(IndexFields.SOURCE),
                doc.getField(IndexFields.PAGE) == null ? null : doc.getField(IndexFields.PAGE).numericValue().intValue(),
                doc.get(IndexFields.SECTION),
                doc.get(IndexFields.CONTEXT));
    }
}
