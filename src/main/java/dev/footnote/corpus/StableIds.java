package dev.footnote.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-derived ids, so that the same file and text get the same ids across restarts. */
public final class StableIds {

    private StableIds() {
    }

    /** A document's id: derived from its path only, so an edited file keeps its id. */
    public static String documentId(String relativePath) {
        return sha256(relativePath.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** A passage's id: derived from its document, position and text, so any edit gives a new id. */
    public static String passageId(String documentId, int ordinal, String text) {
        String key = documentId + '\u0000' + ordinal + '\u0000' + text;
        return documentId + "-" + sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
