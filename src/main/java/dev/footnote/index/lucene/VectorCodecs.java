package dev.footnote.index.lucene;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;

import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageVectors;

/**
 * The codec the writer uses for a vector encoding. int8: the passage vector field in Lucene's scalar-quantized HNSW
 * format (7 bits a dimension, a byte each, with the float vectors kept on disk beside them for merges), so that a
 * search walks a quarter of the vector bytes. Reading needs no custom codec: the segment names the format of each
 * vector field, and Lucene's own formats are found by that name.
 */
final class VectorCodecs {

    private VectorCodecs() {
    }

    static Codec forEncoding(PassageVectors.Encoding encoding) {
        return encoding == PassageVectors.Encoding.INT8 ? new Int8Codec() : Codec.getDefault();
    }

    /** Lucene's default codec of this version, with the passage vector field quantized. */
    private static final class Int8Codec extends Lucene912Codec {

        private final KnnVectorsFormat quantized = new Lucene99HnswScalarQuantizedVectorsFormat();

        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return IndexFields.VECTOR.equals(field) ? quantized : super.getKnnVectorsFormatForField(field);
        }
    }
}
