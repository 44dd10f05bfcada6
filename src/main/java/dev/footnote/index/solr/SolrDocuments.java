package dev.footnote.index.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

import dev.footnote.corpus.Document;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.StableIds;
import dev.footnote.index.FileStamp;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.EmbeddedPassage;
import dev.footnote.index.PassageAnnotator;
import dev.footnote.index.IndexFields;
import dev.footnote.index.IndexedFile;
import dev.footnote.index.PassageVectors;

/** Maps passages, their sentences and file records to Solr documents and back. */
final class SolrDocuments {

    private SolrDocuments() {
    }

    static SolrInputDocument passage(Document source, Passage passage, EmbeddedPassage vectors) {
        return passage(source, passage, vectors, null);
    }

    /** A passage block: the passage with its vector and its extract (when given), and a child document per sentence vector. */
    static SolrInputDocument passage(Document source, Passage passage, EmbeddedPassage vectors, PassageAnnotator.Annotation annotation) {
        String version = SolrFields.version(source.id(), source.contentHash());
        String id = SolrFields.passageId(source.id(), passage.id(), source.contentHash());
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", id);
        doc.addField(SolrFields.DOC_TYPE, SolrFields.PASSAGE);
        doc.addField(SolrFields.DOC_VERSION, version);
        doc.addField(IndexFields.PASSAGE_ID, passage.id());
        doc.addField(IndexFields.DOCUMENT_ID, passage.documentId());
        doc.addField(IndexFields.PATH, source.path());
        doc.addField(IndexFields.CONTENT_HASH, source.contentHash());
        doc.addField(IndexFields.ORDINAL, passage.ordinal());
        doc.addField(IndexFields.TEXT, passage.text());
        if (passage.source() != null) {
            doc.addField(IndexFields.SOURCE, passage.source());
        }
        if (passage.page() != null) {
            doc.addField(IndexFields.PAGE, passage.page());
        }
        if (passage.section() != null) {
            doc.addField(IndexFields.SECTION, passage.section());
        }
        if (passage.context() != null) {
            doc.addField(IndexFields.CONTEXT, passage.context());
        }
        if (annotation != null) {
            // As on the Lucene backend: one exact term per speaking actor, and the extract stored as it is.
            annotation.actors().forEach(a -> doc.addField(IndexFields.ACTOR, a));
            doc.addField(IndexFields.STATEMENTS, annotation.statements());
        }
        if (vectors != null) {
            doc.addField(IndexFields.VECTOR, floats(vectors.passage()));
            doc.addField(IndexFields.EMBEDDED_HASH, PassageVectors.embeddingHash(passage));
            List<SolrInputDocument> sentences = new ArrayList<>(vectors.sentences().length);
            for (int i = 0; i < vectors.sentences().length; i++) {
                SolrInputDocument sentence = new SolrInputDocument();
                sentence.addField("id", SolrFields.sentenceId(id, i));
                sentence.addField(SolrFields.DOC_TYPE, SolrFields.SENTENCE);
                // Version and document id on children too, so one delete removes whole blocks.
                sentence.addField(SolrFields.DOC_VERSION, version);
                sentence.addField(IndexFields.DOCUMENT_ID, passage.documentId());
                sentence.addField(SolrFields.SENTENCE_ORDINAL, i);
                sentence.addField(SolrFields.SENTENCE_VECTOR, floats(vectors.sentences()[i]));
                sentences.add(sentence);
            }
            if (!sentences.isEmpty()) {
                doc.setField(SolrFields.SENTENCES, sentences);
            }
        }
        return doc;
    }

    /** A document's summary record: deleted with the file's other documents (it carries the document id), replaced by id. */
    static SolrInputDocument summary(Document source, PassageAnnotator.Summary summary) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", SolrFields.summaryId(source.id()));
        doc.addField(SolrFields.DOC_TYPE, SolrFields.SUMMARY);
        doc.addField(IndexFields.DOCUMENT_ID, source.id());
        doc.addField(IndexFields.PATH, source.path());
        doc.addField(IndexFields.SUMMARY_KEY, summary.key());
        if (!summary.text().isEmpty()) {
            doc.addField(IndexFields.SUMMARY_FULL, summary.key());
            doc.addField(IndexFields.SUMMARY_TEXT, summary.text());
        }
        return doc;
    }

    /** The record of a file whose {@code current_version} switches queries to its new passages. */
    static SolrInputDocument file(Document source) {
        return file(new IndexedFile(source.id(), source.path(), source.contentHash(), source.passages().size(), source.title(),
                source.type(), source.pages()), false);
    }

    /**
     * The record of a file as the index knows it; its {@code current_version} follows from its hash.
     *
     * @param withStamp whether the collection's schema has the stamp fields (collections created before them have not)
     */
    static SolrInputDocument file(IndexedFile file, boolean withStamp) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", SolrFields.fileId(file.documentId()));
        doc.addField(SolrFields.DOC_TYPE, SolrFields.FILE);
        doc.addField(IndexFields.DOCUMENT_ID, file.documentId());
        doc.addField(IndexFields.PATH, file.path());
        doc.addField(IndexFields.CONTENT_HASH, file.contentHash());
        doc.addField(SolrFields.CURRENT_VERSION, SolrFields.version(file.documentId(), file.contentHash()));
        doc.addField(SolrFields.PASSAGES, file.passages());
        doc.addField(IndexFields.TITLE, file.title());
        doc.addField(IndexFields.TYPE, file.type());
        doc.addField(IndexFields.PAGES, file.pages());
        if (withStamp && file.stamp().known()) {
            doc.addField(IndexFields.FILE_SIZE, file.stamp().size());
            doc.addField(IndexFields.FILE_MODIFIED, file.stamp().modifiedMillis());
        }
        return doc;
    }

    /** The record of a replaced file: its new version, passages and stamp. */
    static SolrInputDocument file(IndexChanges.Replacement replacement, boolean withStamp) {
        Document source = replacement.document();
        return file(new IndexedFile(source.id(), source.path(), source.contentHash(), source.passages().size(), source.title(),
                source.type(), source.pages(), replacement.stamp()), withStamp);
    }

    /** The exclusion record of a file of the folder left out of the corpus. */
    static SolrInputDocument exclusion(String path) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", SolrFields.exclusionId(StableIds.documentId(path)));
        doc.addField(SolrFields.DOC_TYPE, SolrFields.EXCLUDED);
        doc.addField(IndexFields.PATH, path);
        return doc;
    }

    static Passage toPassage(SolrDocument doc) {
        return new Passage(
                (String) doc.getFirstValue(IndexFields.PASSAGE_ID),
                (String) doc.getFirstValue(IndexFields.DOCUMENT_ID),
                ((Number) doc.getFirstValue(IndexFields.ORDINAL)).intValue(),
                (String) doc.getFirstValue(IndexFields.TEXT),
                (String) doc.getFirstValue(IndexFields.SOURCE),
                doc.getFirstValue(IndexFields.PAGE) == null ? null : ((Number) doc.getFirstValue(IndexFields.PAGE)).intValue(),
                (String) doc.getFirstValue(IndexFields.SECTION),
                (String) doc.getFirstValue(IndexFields.CONTEXT));
    }

    static IndexedFile toFile(SolrDocument doc) {
        Object size = doc.getFirstValue(IndexFields.FILE_SIZE);
        Object modified = doc.getFirstValue(IndexFields.FILE_MODIFIED);
        FileStamp stamp = size == null || modified == null ? FileStamp.UNKNOWN
                : new FileStamp(((Number) size).longValue(), ((Number) modified).longValue());
        return new IndexedFile((String) doc.getFirstValue(IndexFields.DOCUMENT_ID), (String) doc.getFirstValue(IndexFields.PATH),
                (String) doc.getFirstValue(IndexFields.CONTENT_HASH), ((Number) doc.getFirstValue(SolrFields.PASSAGES)).intValue(),
                (String) doc.getFirstValue(IndexFields.TITLE), (String) doc.getFirstValue(IndexFields.TYPE),
                doc.getFirstValue(IndexFields.PAGES) == null ? 0 : ((Number) doc.getFirstValue(IndexFields.PAGES)).intValue(), stamp);
    }

    /** The sentence vectors of a passage returned with {@code [child]}, in sentence order; null when it has none. */
    static float[][] sentences(SolrDocument passage) {
        List<SolrDocument> children = new ArrayList<>();
        Object nested = passage.getFieldValue(SolrFields.SENTENCES);
        if (nested instanceof SolrDocument one) {
            children.add(one);
        } else if (nested instanceof Collection<?> many) {
            many.forEach(c -> children.add((SolrDocument) c));
        }
        if (passage.getChildDocuments() != null) {
            children.addAll(passage.getChildDocuments());
        }
        if (children.isEmpty()) {
            return null;
        }
        float[][] vectors = new float[children.size()][];
        for (SolrDocument child : children) {
            int ordinal = ((Number) child.getFirstValue(SolrFields.SENTENCE_ORDINAL)).intValue();
            if (ordinal < 0 || ordinal >= vectors.length) {
                return null;
            }
            vectors[ordinal] = vector(child.getFieldValues(SolrFields.SENTENCE_VECTOR));
        }
        return vectors;
    }

    static float[] vector(Collection<Object> values) {
        float[] vector = new float[values.size()];
        int i = 0;
        for (Object value : values) {
            vector[i++] = ((Number) value).floatValue();
        }
        return vector;
    }

    static List<Float> floats(float[] vector) {
        List<Float> list = new ArrayList<>(vector.length);
        for (float x : vector) {
            list.add(x);
        }
        return list;
    }
}
