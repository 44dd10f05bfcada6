package dev.footnote.index.solr;

import dev.footnote.index.IndexFields;

/**
 * The Solr field names beyond {@link IndexFields} (which the schema shares), the document ids, and
 * the filter that shows each file's current version only (config/solr/footnote/conf/schema.xml).
 */
final class SolrFields {

    /** {@code passage}, {@code sentence}, {@code file}, {@code excluded} or {@code meta}. */
    static final String DOC_TYPE = "doc_type";
    static final String PASSAGE = "passage";
    static final String SENTENCE = "sentence";
    static final String FILE = "file";
    /**
     * An exclusion record: a file of the folder left out of the corpus, by path. It carries no {@code document_id},
     * so deleting a document's passages and file record never takes its exclusion with them.
     */
    static final String EXCLUDED = "excluded";
    static final String META = "meta";
    /** A document's summary record ({@link dev.footnote.index.PassageAnnotator#summarise}), routed with its file record. */
    static final String SUMMARY = "summary";

    /** The version a passage or sentence belongs to. */
    static final String DOC_VERSION = "doc_version";
    /** On a file record: the version that queries see. */
    static final String CURRENT_VERSION = "current_version";
    /** On a file record: how many passages the current version has. */
    static final String PASSAGES = "passages";
    /** The pseudo-field under which a passage's sentences are nested (not in the schema: Solr's nesting label). */
    static final String SENTENCES = "sentences";
    static final String SENTENCE_ORDINAL = "sentence_ordinal";
    static final String SENTENCE_VECTOR = "sentence_vector";
    /** On the marker document: which embedding model made the vectors, and the schema version. */
    static final String EMBEDDING_MODEL = "embedding_model";
    static final String SCHEMA_VERSION = "schema_version";

    /** The one marker document of a collection. */
    static final String META_ID = "footnote!meta";

    /**
     * Only passages of a file's current version: a local join from each file record's
     * {@code current_version} to the passages' {@code doc_version}. Local is enough because a file's
     * record and passages share a shard (ids routed by {@code <document_id>!}).
     */
    static final String CURRENT_ONLY = "{!join from=" + CURRENT_VERSION + " to=" + DOC_VERSION + "}" + DOC_TYPE + ":" + FILE;

    private SolrFields() {
    }

    /** The version of a file's content: its id and hash, so two files with equal content never share one. */
    static String version(String documentId, String contentHash) {
        return documentId + ":" + contentHash;
    }

    static String fileId(String documentId) {
        return documentId + "!file";
    }

    static String summaryId(String documentId) {
        return documentId + "!summary";
    }

    /** Routed like the file's other documents, to the same shard. */
    static String exclusionId(String documentId) {
        return documentId + "!excluded";
    }

    /** A passage's id within one version, so the old and new versions of a file coexist until the switch. */
    static String passageId(String documentId, String passageId, String contentHash) {
        return documentId + "!" + passageId + "@" + contentHash.substring(0, Math.min(12, contentHash.length()));
    }

    static String sentenceId(String passageSolrId, int sentence) {
        return passageSolrId + "/s" + sentence;
    }
}
