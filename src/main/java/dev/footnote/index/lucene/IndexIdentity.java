package dev.footnote.index.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageVectors;

/**
 * What an index was written with, kept in its commit data: the schema version, the embedding model and the vector
 * encoding. Written with every commit and read on opening, where a difference means a rebuild (or, read-only, an error).
 */
final class IndexIdentity {

    private IndexIdentity() {
    }

    /** The commit data that records this configuration. */
    static Map<String, String> commitData(PassageVectors vectors) {
        return Map.of(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA_VERSION,
                IndexFields.EMBEDDING_MODEL_KEY, modelId(vectors),
                IndexFields.VECTOR_ENCODING_KEY, encodingName(encoding(vectors)));
    }

    private static String modelId(PassageVectors vectors) {
        return vectors == null ? IndexFields.NO_EMBEDDINGS : vectors.indexModelId();
    }

    /** An index without vectors records float32: the encoding then changes nothing, and never forces a rebuild. */
    static PassageVectors.Encoding encoding(PassageVectors vectors) {
        return vectors == null ? PassageVectors.Encoding.FLOAT32 : vectors.encoding();
    }

    private static String encodingName(PassageVectors.Encoding encoding) {
        return encoding.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Why the index in the directory cannot be opened as it is with these vectors (another schema, embedding model or
     * vector encoding), for the log line of the rebuild; empty when it matches or there is no index yet.
     */
    static Optional<String> mismatch(Directory directory, PassageVectors vectors) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
        String schema = userData.get(IndexFields.SCHEMA_KEY);
        if (!IndexFields.SCHEMA_VERSION.equals(schema)) {
            return Optional.of("it has schema " + schema + ", this version writes " + IndexFields.SCHEMA_VERSION);
        }
        String model = userData.get(IndexFields.EMBEDDING_MODEL_KEY);
        if (!modelId(vectors).equals(model)) {
            return Optional.of("its vectors came from " + model + ", this configuration embeds with " + modelId(vectors));
        }
        // Indexes written before the key existed hold float32 vectors.
        String written = userData.getOrDefault(IndexFields.VECTOR_ENCODING_KEY, encodingName(PassageVectors.Encoding.FLOAT32));
        String wanted = encodingName(encoding(vectors));
        if (!wanted.equals(written)) {
            return Optional.of("its vectors are kept as " + written + ", footnote.index.vector-encoding is " + wanted);
        }
        return Optional.empty();
    }
}
