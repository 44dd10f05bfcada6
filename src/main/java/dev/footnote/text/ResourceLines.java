package dev.footnote.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a text file on the class path, as Footnote keeps its word lists and weights: one entry a line,
 * stripped, blank lines and lines starting with {@code #} left out.
 */
public final class ResourceLines {

    private ResourceLines() {
    }

    /** @param path the resource's path on the class path, e.g. {@code dev/footnote/text/places.txt} */
    public static List<String> read(String path) {
        InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the class path");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return lines;
    }
}
