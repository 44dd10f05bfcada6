package dev.footnote.library;

import java.text.Normalizer;

/**
 * The name an uploaded file is stored under: its last path segment only (so {@code ../} and absolute
 * paths lead nowhere), control and reserved characters replaced, never hidden, never too long.
 */
final class SafeFileName {

    private static final int MAX_LENGTH = 120;

    private SafeFileName() {
    }

    static String of(String original) {
        String name = original == null ? "" : original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = Normalizer.normalize(name.substring(slash + 1), Normalizer.Form.NFC);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "_").strip();
        // A leading dot would hide the file from the indexer (that is how files being written are marked).
        name = name.replaceAll("^[.\\s_]+", "");
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name.isEmpty() ? "upload" : name;
    }
}
