package dev.footnote.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A document record as bytes, for the index's record column ({@link IndexFields#RECORD}): every field of
 * {@link IndexedFile}, strings as UTF-8 with their length (null kept apart from empty), numbers as they are.
 */
public final class RecordBytes {

    /** Bumped if the layout changes; a record of another version is read from its stored fields instead. */
    private static final byte VERSION = 1;

    private RecordBytes() {
    }

    public static byte[] encode(IndexedFile file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            write(out, file.documentId());
            write(out, file.path());
            write(out, file.contentHash());
            out.writeInt(file.passages());
            write(out, file.title());
            write(out, file.type());
            out.writeInt(file.pages());
            out.writeBoolean(file.stamp().known());
            if (file.stamp().known()) {
                out.writeLong(file.stamp().size());
                out.writeLong(file.stamp().modifiedMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The record, or null when the bytes are of another layout version. */
    public static IndexedFile decode(byte[] bytes, int offset, int length) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length))) {
            if (in.readByte() != VERSION) {
                return null;
            }
            String id = read(in);
            String path = read(in);
            String hash = read(in);
            int passages = in.readInt();
            String title = read(in);
            String type = read(in);
            int pages = in.readInt();
            FileStamp stamp = in.readBoolean() ? new FileStamp(in.readLong(), in.readLong()) : FileStamp.UNKNOWN;
            return new IndexedFile(id, path, hash, passages, title, type, pages, stamp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
