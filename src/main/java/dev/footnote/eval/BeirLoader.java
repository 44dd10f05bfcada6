package dev.footnote.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.corpus.Document;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.StableIds;

/**
 * Reads a BEIR dataset folder ({@code corpus.jsonl}, {@code queries.jsonl}, {@code qrels/test.tsv}):
 * every corpus entry is a one-passage document whose passage id is the BEIR id, the title is its
 * source line; only queries with test judgements are kept.
 */
public final class BeirLoader {

    private final ObjectMapper json = new ObjectMapper();

    public EvalDataset load(Path folder) {
        return load(folder, "test");
    }

    public EvalDataset load(Path folder, String split) {
        Path corpus = folder.resolve("corpus.jsonl");
        Path queries = folder.resolve("queries.jsonl");
        Path qrels = folder.resolve("qrels").resolve(split + ".tsv");
        for (Path required : List.of(corpus, queries, qrels)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalArgumentException("not a BEIR folder: " + required.toAbsolutePath() + " is missing");
            }
        }
        Map<String, Map<String, Integer>> judgements = readQrels(qrels);
        List<Document> documents = new ArrayList<>();
        forEachLine(corpus, node -> {
            String id = node.path("_id").asText();
            String title = node.path("title").asText("").strip();
            String text = node.path("text").asText("").strip();
            if (text.isEmpty()) {
                text = title;
            }
            if (text.isEmpty()) {
                return;
            }
            String path = "beir/" + id;
            Passage passage = new Passage(id, id, 0, text, title.isEmpty() ? null : title);
            documents.add(new Document(id, path,
                    StableIds.sha256((title + "\n" + text).getBytes(StandardCharsets.UTF_8)), List.of(passage)));
        });
        List<EvalQuestion> questions = new ArrayList<>();
        forEachLine(queries, node -> {
            String id = node.path("_id").asText();
            Map<String, Integer> relevant = judgements.get(id);
            if (relevant != null) {
                questions.add(new EvalQuestion(id, node.path("text").asText(), relevant, List.of()));
            }
        });
        return new EvalDataset("beir:" + folder.toAbsolutePath().normalize().getFileName() + "/" + split, documents, questions);
    }

    /** query id → (corpus id → relevance), relevance &gt; 0 only; a header line and CRLF line ends are allowed. */
    static Map<String, Map<String, Integer>> readQrels(Path file) {
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.strip().split("\t");
                if (cells.length < 3 || cells[0].equals("query-id")) {
                    continue;
                }
                int score = Integer.parseInt(cells[2].strip());
                if (score > 0) {
                    qrels.computeIfAbsent(cells[0].strip(), q -> new LinkedHashMap<>()).put(cells[1].strip(), score);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
        return qrels;
    }

    private void forEachLine(Path file, java.util.function.Consumer<JsonNode> action) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    action.accept(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
