package dev.footnote.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What SciFact's cited abstracts say of each claim, from the {@code metadata} of its {@code queries.jsonl}:
 * {@code SUPPORT} or {@code CONTRADICT} (as its rationales are labelled), or {@link #NOT_ENOUGH_INFO} when the
 * abstract its qrels name holds no rationale for it. BEIR's qrels name a cited abstract for every claim, whichever
 * it is, so "the claim's evidence is indexed" means a backing abstract only for the {@code SUPPORT} claims.
 */
final class SciFactLabels {

    static final String NOT_ENOUGH_INFO = "NOT ENOUGH INFO";

    private SciFactLabels() {
    }

    /** Claim id to label; a claim with no metadata is {@link #NOT_ENOUGH_INFO}. */
    static Map<String, String> read(Path folder) {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> labels = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(folder.resolve("queries.jsonl"))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode query = json.readTree(line);
                TreeSet<String> found = new TreeSet<>();
                query.path("metadata").forEach(rationales -> rationales.forEach(r -> found.add(r.path("label").asText())));
                found.remove("");
                labels.put(query.path("_id").asText(), found.isEmpty() ? NOT_ENOUGH_INFO : String.join("/", found));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SciFact claims in " + folder, e);
        }
        return labels;
    }
}
