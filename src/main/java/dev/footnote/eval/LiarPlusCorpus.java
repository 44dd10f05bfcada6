package dev.footnote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.corpus.Document;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.StableIds;

/**
 * A positions corpus built from LIAR-PLUS (JSON lines of fact-checked statements): one document per
 * subject, and per statement a paragraph "{Speaker} said: {claim}" followed by the journalist's
 * justification as a paragraph of its own. The speaker of each claim paragraph is the ground truth;
 * statements of anonymous sources (chain e-mails, posts: no job title) are left out.
 *
 * @param documents      the corpus
 * @param speakerOf      the true speaker of each claim paragraph, by passage id
 * @param justifications the ids of the journalists' paragraphs, whose speakers are not known
 * @param topics         the subjects, most statements first
 * @param subjectsOf     every subject of each claim paragraph (its file is its first), by passage id
 */
record LiarPlusCorpus(List<Document> documents, Map<String, String> speakerOf, List<String> justifications,
                      List<String> topics, Map<String, List<String>> subjectsOf) {

    static LiarPlusCorpus load(Path file) {
        List<JsonNode> rows = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the LIAR-PLUS file " + file.toAbsolutePath(), e);
        }
        Map<String, List<JsonNode>> bySubject = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            JsonNode topics = row.path("topics");
            if (row.path("title").asText().isBlank() || !topics.isArray() || topics.isEmpty()) {
                continue;
            }
            bySubject.computeIfAbsent(topics.get(0).asText(), t -> new ArrayList<>()).add(row);
        }
        if (bySubject.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no LIAR-PLUS statements with a speaker");
        }
        List<Document> documents = new ArrayList<>();
        Map<String, String> speakerOf = new LinkedHashMap<>();
        List<String> justifications = new ArrayList<>();
        Map<String, List<String>> subjectsOf = new LinkedHashMap<>();
        bySubject.forEach((subject, statements) -> {
            String path = "liar-plus/" + subject + ".txt";
            String documentId = StableIds.documentId(path);
            List<Passage> passages = new ArrayList<>();
            StringBuilder content = new StringBuilder();
            for (JsonNode row : statements) {
                String speaker = name(row.path("originator").asText());
                String claim = speaker + " said: " + row.path("claim").asText().strip();
                Passage said = passage(documentId, passages.size(), claim);
                passages.add(said);
                speakerOf.put(said.id(), speaker);
                List<String> subjects = new ArrayList<>();
                row.path("topics").forEach(t -> subjects.add(t.asText()));
                subjectsOf.put(said.id(), subjects);
                String why = row.path("justification").asText().strip();
                if (!why.isEmpty()) {
                    Passage justification = passage(documentId, passages.size(), why);
                    passages.add(justification);
                    justifications.add(justification.id());
                }
                content.append(claim).append('\n').append(why).append('\n');
            }
            documents.add(new Document(documentId, path, StableIds.sha256(content.toString().getBytes(StandardCharsets.UTF_8)),
                    passages));
        });
        List<String> topics = bySubject.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .map(Map.Entry::getKey).toList();
        return new LiarPlusCorpus(documents, speakerOf, justifications, topics, subjectsOf);
    }

    /** Per subject (most statements first), how many of its claims each speaker made. */
    Map<String, Map<String, Integer>> speakersBySubject() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        topics.forEach(t -> counts.put(t, new LinkedHashMap<>()));
        for (Document d : documents) {
            String subject = d.path().substring("liar-plus/".length(), d.path().length() - ".txt".length());
            for (Passage p : d.passages()) {
                String speaker = speakerOf.get(p.id());
                if (speaker != null) {
                    counts.get(subject).merge(speaker, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    int passageCount() {
        return documents.stream().mapToInt(d -> d.passages().size()).sum();
    }

    private static Passage passage(String documentId, int ordinal, String text) {
        return new Passage(StableIds.passageId(documentId, ordinal, text), documentId, ordinal, text, null);
    }

    /** "barack-obama" → "Barack Obama". */
    static String name(String slug) {
        StringBuilder name = new StringBuilder();
        for (String part : slug.split("-")) {
            if (part.isEmpty()) {
                continue;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return name.toString();
    }
}
