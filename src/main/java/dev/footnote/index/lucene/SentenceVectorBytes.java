package dev.footnote.index.lucene;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import dev.footnote.index.EmbeddedPassage;

/**
 * The stored sentence vectors of a passage as int8: one byte per dimension and one scale per vector, a quarter of
 * the float32 bytes ({@link EmbeddedPassage#pack}). Each vector is scaled by its own largest magnitude, so that
 * {@code x ≈ q × maxAbs / 127} with {@code q} in [-127, 127]: every value is within half a step ({@code maxAbs / 254})
 * of the original. The scorer reads the dequantized floats, never the bytes.
 * <p>
 * Layout, little-endian: count, then the negated dimension (a float32 pack holds a dimension ≥ 0, so one reader tells
 * the two apart), then per vector its float scale and its {@code dimension} bytes.
 */
final class SentenceVectorBytes {

    private static final int HEADER = 8;

    private SentenceVectorBytes() {
    }

    static byte[] packInt8(float[][] vectors) {
        int dimension = vectors.length == 0 ? 0 : vectors[0].length;
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + vectors.length * (4 + dimension)).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(vectors.length).putInt(-dimension);
        for (float[] vector : vectors) {
            float maxAbs = 0;
            for (float x : vector) {
                maxAbs = Math.max(maxAbs, Math.abs(x));
            }
            float scale = maxAbs / 127f;
            buffer.putFloat(scale);
            for (float x : vector) {
                buffer.put(scale == 0 ? 0 : (byte) Math.max(-127, Math.min(127, Math.round(x / scale))));
            }
        }
        return buffer.array();
    }

    /** The vectors of either layout: int8 ones dequantized, float32 ones as they were written. */
    static float[][] unpack(byte[] bytes, int offset, int length) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN);
        int count = buffer.getInt();
        int dimension = buffer.getInt();
        if (dimension >= 0) {
            return EmbeddedPassage.unpack(bytes, offset, length);
        }
        dimension = -dimension;
        float[][] vectors = new float[count][dimension];
        for (float[] vector : vectors) {
            float scale = buffer.getFloat();
            for (int i = 0; i < dimension; i++) {
                vector[i] = buffer.get() * scale;
            }
        }
        return vectors;
    }
}
