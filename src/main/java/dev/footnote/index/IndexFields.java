package dev.footnote.index;

/** The names of the index fields, in one place (the Lucene backend's, mirrored by Solr's schema). */
public final class IndexFields {

    /** Passage id: a {@code KeywordField}, matched exactly and used to replace or fetch one passage. */
    public static final String PASSAGE_ID = "passage_id";
    /** Document id: a {@code KeywordField}, so a changed or deleted file's passages go in one delete. */
    public static final String DOCUMENT_ID = "document_id";
    /** Path relative to the corpus folder; stored only. */
    public static final String PATH = "path";
    /** SHA-256 of the file: stored only, read back at start-up to find what changed. */
    public static final String CONTENT_HASH = "content_hash";
    /** Position in the document: an {@code IntField}, to find the previous and next passages. */
    public static final String ORDINAL = "ordinal";
    /** The quotable text: a {@code TextField}, analysed for BM25 and stored for quoting. */
    public static final String TEXT = "text";
    /** The paragraph's {@code (citation: …)} trailer: searched with a lower weight, stored, never quoted. */
    public static final String SOURCE = "source";
    /** The page the passage starts on (PDF): stored only, shown as "p. 3". */
    public static final String PAGE = "page";
    /** The heading above the passage: a {@code TextField}, searched like the source line, stored. */
    public static final String SECTION = "section";
    /**
     * The lines of the document that belong to the passage but are not quotable (memo header lines, signature,
     * title page, running headers): a {@code TextField}, searched like the section, stored, never quoted.
     */
    public static final String CONTEXT = "context";
    /** The document's title, format and page count: stored only, for the documents list. */
    public static final String TITLE = "title";
    public static final String TYPE = "type";
    public static final String PAGES = "pages";

    /**
     * The passage's dense vector: a {@code KnnFloatVectorField} (HNSW graph, cosine similarity), for
     * nearest-neighbour search. Absent when the index is built without an embedder.
     */
    public static final String VECTOR = "vector";
    /** The vectors of the passage's sentences, packed: stored only, for sentence-level matching of the top candidates. */
    public static final String SENTENCE_VECTORS = "sentence_vectors";
    /**
     * SHA-256 of the text that was embedded: a {@code KeywordField}, so a passage whose content did not
     * change reuses its stored vector instead of being embedded again.
     */
    public static final String EMBEDDED_HASH = "embedded_hash";

    /** A name that speaks in the passage: a {@code KeywordField} per actor, for filters and counts over actors. */
    public static final String ACTOR = "actor";
    /** The passage's attributed sentences as a {@link PassageAnnotator} wrote them: stored only. */
    public static final String STATEMENTS = "statements";

    /**
     * On a summary record (one per annotated file, beside its document record, replaced and deleted with it): the
     * document id, as a {@code KeywordField}. Neither passages nor document records carry it.
     */
    public static final String SUMMARY_OF = "summary_of";
    /** On a summary record: the key of the annotation that made it ({@link PassageAnnotator.Summary#key()}); indexed. */
    public static final String SUMMARY_KEY = "summary_key";
    /** On a summary record with anything in it: its key again, indexed, so that empty summaries are never read. */
    public static final String SUMMARY_FULL = "summary_full";
    /** On a summary record: the summary itself ({@link PassageAnnotator.Summary#text()}); stored only. */
    public static final String SUMMARY_TEXT = "summary_text";

    /**
     * On a document record (one per indexed file, beside its passages, written in the same commit): the
     * document id, as a {@code KeywordField}. Passages never carry it, so a record never counts as a passage.
     */
    public static final String FILE_ID = "file_id";
    /** On a document record: how many passages the file has; stored only. */
    public static final String PASSAGES = "passages";

    /**
     * On a document record: the file's size and modification time (milliseconds) when it was listed for indexing,
     * stored only; a restart that finds both unchanged does not read the file. Absent on records of older versions.
     */
    public static final String FILE_SIZE = "file_size";
    public static final String FILE_MODIFIED = "file_modified";
    /**
     * On a document record: the whole record again as one binary doc value ({@link RecordBytes}), so that listing the
     * records reads a column of records alone. Read from stored fields, each record decompressed the block it shares
     * with passages and their sentence vectors: ~26–64 µs a record, seconds for the sync of every restart of a
     * 100,000-file corpus. Absent on records written before it, which are read from their stored fields until a
     * file's record is written again.
     */
    public static final String RECORD = "record";

    /**
     * On an exclusion record (one per file of the folder left out of the corpus): the document id, as a
     * {@code KeywordField}, beside the stored {@link #PATH}. Neither passages nor document records carry it, so
     * deleting a document's passages and record never takes its exclusion with them.
     */
    public static final String EXCLUDED_ID = "excluded_id";

    /** Commit user-data key: bumped whenever the analysis or fields change, forcing a rebuild. */
    public static final String SCHEMA_KEY = "footnote.schema";
    /**
     * 2: dense vectors and embedded-text hashes added; 3: pages, sections, titles and formats (i13) or actors and
     * statements (positions); 4: both; 5: context lines (headers, signatures, title pages are no longer passages);
     * 6: document records.
     */
    public static final String SCHEMA_VERSION = "6";
    /** Commit user-data key: the embedding model that wrote the vectors; another model forces a rebuild. */
    public static final String EMBEDDING_MODEL_KEY = "footnote.embedding-model";
    /**
     * Commit user-data key: how the vectors are kept ({@code float32} or {@code int8}, {@link PassageVectors.Encoding});
     * another encoding forces a rebuild. An index of an older version has none and was written as float32.
     */
    public static final String VECTOR_ENCODING_KEY = "footnote.vector-encoding";
    /** The model id recorded for an index built without vectors. */
    public static final String NO_EMBEDDINGS = "none";

    private IndexFields() {
    }
}
