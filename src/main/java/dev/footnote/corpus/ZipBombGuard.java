package dev.footnote.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates a zip-based document (Word, OpenDocument, EPUB) into nothing before it is parsed, counting
 * the bytes: a file that unpacks to more than the limit is a decompression bomb, refused before any
 * parser holds its content in memory.
 */
final class ZipBombGuard {

    private final long maxUnpackedBytes;

    ZipBombGuard(long maxUnpackedBytes) {
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    void check(byte[] bytes) {
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int n = read(zip, buffer); n > 0; n = read(zip, buffer)) {
                    unpacked += n;
                    if (unpacked > maxUnpackedBytes) {
                        throw UnreadableDocumentException.skip("unpacks to more than " + maxUnpackedBytes
                                + " bytes: refused as a decompression bomb");
                    }
                }
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot be parsed: not a valid zip-based document (" + e.getMessage() + ")", e);
        }
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer);
    }
}
