package dev.footnote.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The entries of {@code path} as "name weight" pairs, as Footnote keeps its fitted weights. */
    public static Map<String, Double> weights(String path) {
        return weights(read(path), path);
    }

    /** Entries as "name weight" pairs; a later entry of a name wins; {@code source} names them in an error. */
    public static Map<String, Double> weights(List<String> entries, String source) {
        Map<String, Double> weights = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException(source + ": expected 'name weight', got '" + entry + "'");
            }
            weights.put(parts[0], Double.parseDouble(parts[1]));
        }
        return weights;
    }
}
