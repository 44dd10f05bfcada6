package dev.footnote.eval;

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
 * WiCE (Kamoi et al. 2023: Wikipedia claims and the articles they cite) as JSON lines: each claim with its label, its
 * article's sentences ({@code evidence}, the first a "(meta data) TITLE: …" line), the sets of article sentences that
 * together support it, and (in the token files) which claim tokens nothing supports. Each article becomes one document
 * (articles cited by several claims, once), its sentences one a line in passages of {@value #SENTENCES_PER_PASSAGE}.
 */
final class WiceLoader {

    static final int SENTENCES_PER_PASSAGE = 8;

    /** Where an article sentence lies: in which passage, at which offsets. */
    record SentenceAt(String passageId, int start, int end) {
    }

    /** An article: its document and where each of its sentences lies (null for the title line). */
    record Article(Document document, List<SentenceAt> sentences) {
    }

    /**
     * A claim.
     *
     * @param supportingSets sets of article sentence indices, each of which supports the claim as far as it is supported
     * @param tokens         the claim's tokens (token files only; else empty)
     * @param unsupported    per token, whether nothing in the article supports it (token files only; else empty)
     */
    record Claim(String id, String text, String label, Article article, List<List<Integer>> supportingSets,
                 List<String> tokens, List<Boolean> unsupported) {
    }

    private final ObjectMapper json = new ObjectMapper();

    List<Claim> load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the WiCE file " + file.toAbsolutePath(), e);
        }
        Map<String, Article> articles = new LinkedHashMap<>();
        List<Claim> claims = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row;
            try {
                row = json.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + " holds a line that is not JSON: " + e.getMessage());
            }
            List<String> evidence = new ArrayList<>();
            row.get("evidence").forEach(e -> evidence.add(e.asText()));
            Article article = articles.computeIfAbsent(StableIds.sha256(String.join("\n", evidence).getBytes(StandardCharsets.UTF_8)),
                    hash -> article(hash, evidence));
            List<List<Integer>> sets = new ArrayList<>();
            row.path("supporting_sentences").forEach(set -> {
                List<Integer> s = new ArrayList<>();
                set.forEach(i -> s.add(i.asInt()));
                sets.add(s);
            });
            List<String> tokens = new ArrayList<>();
            row.path("claim_tokens").forEach(t -> tokens.add(t.asText()));
            List<Boolean> unsupported = new ArrayList<>();
            row.path("non_supported_spans").forEach(t -> unsupported.add(t.asBoolean()));
            claims.add(new Claim(row.path("meta").path("id").asText(), row.get("claim").asText(), row.get("label").asText(),
                    article, sets, tokens, unsupported));
        }
        return claims;
    }

    /** The article as a document: the title line is its title and every passage's source, not a sentence of it. */
    private static Article article(String hash, List<String> evidence) {
        String path = "wice/" + hash.substring(0, 16) + ".txt";
        String id = StableIds.documentId(path);
        String title = evidence.isEmpty() ? null : evidence.get(0).replaceFirst("^\\(meta data\\)\\s*TITLE:\\s*", "").strip();
        List<SentenceAt> at = new ArrayList<>();
        at.add(null);
        List<Passage> passages = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<int[]> pending = new ArrayList<>();
        for (int i = 1; i <= evidence.size(); i++) {
            boolean flush = i == evidence.size() || pending.size() == SENTENCES_PER_PASSAGE;
            if (flush && !pending.isEmpty()) {
                String passageText = text.toString();
                String passageId = StableIds.passageId(id, passages.size(), passageText);
                passages.add(new Passage(passageId, id, passages.size(), passageText, title == null || title.isEmpty() ? null : title));
                pending.forEach(p -> at.add(new SentenceAt(passageId, p[0], p[1])));
                text.setLength(0);
                pending.clear();
            }
            if (i == evidence.size()) {
                break;
            }
            // One sentence a line: a line break ends a sentence, so "Skip to content" stays apart from what follows.
            String sentence = evidence.get(i).replace('\n', ' ').strip();
            if (sentence.isEmpty()) {
                sentence = "-";
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            pending.add(new int[] {text.length(), text.length() + sentence.length()});
            text.append(sentence);
        }
        return new Article(new Document(id, path, hash, passages, title, "text", 0), at);
    }
}
