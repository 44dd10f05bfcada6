package dev.footnote.index;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The vectors of one passage: the whole passage (for the HNSW search) and each of its sentences,
 * in the order of {@link dev.footnote.text.Sentences#split} (for sentence-level matching).
 *
 * @param passage   the passage's vector
 * @param sentences one vector per sentence; empty when sentence vectors are not kept
 */
public record EmbeddedPassage(float[] passage, float[][] sentences) {

    /** Packs the sentence vectors for a stored field: count, dimension, then the floats, little-endian. */
    public static byte[] pack(float[][] vectors) {
        int dimension = vectors.length == 0 ? 0 : vectors[0].length;
        ByteBuffer buffer = ByteBuffer.allocate(8 + 4 * vectors.length * dimension).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(vectors.length).putInt(dimension);
        for (float[] vector : vectors) {
            for (float x : vector) {
                buffer.putFloat(x);
            }
        }
        return buffer.array();
    }

    public static float[][] unpack(byte[] bytes, int offset, int length) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN);
        int count = buffer.getInt();
        int dimension = buffer.getInt();
        float[][] vectors = new float[count][dimension];
        for (float[] vector : vectors) {
            for (int i = 0; i < dimension; i++) {
                vector[i] = buffer.getFloat();
            }
        }
        return vectors;
    }
}
