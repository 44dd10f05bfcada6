package dev.footnote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.check.CheckRules;
import dev.footnote.check.CheckService;
import dev.footnote.check.CheckedSentence;
import dev.footnote.check.TextSpan;

/** What {@code eval --format wice} and {@code wice-tokens} write beside their reports, one JSON line per claim. */
final class WiceDumps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WiceDumps() {
    }

    /**
     * For fitting the unsupported-words model ({@code src/test/bench/fit_unsupported_words.py}): per claim, each token
     * the check judged with its features and offsets, and each annotated token with its offsets and gold label.
     */
    static void tokens(Path file, CheckService service, List<WiceLoader.Claim> claims) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WiceLoader.Claim c : claims) {
            List<Map<String, Object>> judged = new ArrayList<>();
            service.check(c.text(), List.of(c.article().document().id()), s -> { }, tokens -> tokens.forEach(t -> {
                Map<String, Object> token = new LinkedHashMap<>();
                token.put("start", t.start());
                token.put("end", t.end());
                token.put("features", t.features());
                judged.add(token);
            }));
            List<List<Object>> gold = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < c.tokens().size() && i < c.unsupported().size(); i++) {
                int start = c.text().indexOf(c.tokens().get(i), from);
                if (start < 0) {
                    continue;   // as in the figures: a token the annotators' tokenizer rewrote counts for neither side
                }
                from = start + c.tokens().get(i).length();
                gold.add(List.of(start, from, c.unsupported().get(i)));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("claim", c.text());
            row.put("tokens", judged);
            row.put("gold", gold);
            rows.add(row);
        }
        write(file, rows);
    }

    /** One JSON line per claim: its label and verdict, score, gold supporting sets and the sentences cited, for reading errors. */
    static void outcomes(Path file, List<WiceEval.Outcome> outcomes, CheckRules rules) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WiceEval.Outcome o : outcomes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", o.claim().id());
            row.put("part", WiceEval.inTunePart(o.claim()) ? "tune" : "test");
            row.put("label", o.claim().label());
            row.put("verdict", WiceEval.verdict(o, rules).label());
            row.put("scores", o.sentences().stream().map(CheckedSentence::score).toList());
            row.put("contradicted", o.sentences().stream().map(CheckedSentence::contradicted).toList());
            row.put("unsupported", o.sentences().stream().map(s -> s.unsupported().stream().map(TextSpan::text).toList()).toList());
            row.put("claim", o.claim().text());
            row.put("supportingSets", o.claim().supportingSets());
            row.put("cited", o.cited());
            rows.add(row);
        }
        write(file, rows);
    }

    private static void write(Path file, List<Map<String, Object>> rows) {
        StringBuilder lines = new StringBuilder();
        try {
            for (Map<String, Object> row : rows) {
                lines.append(JSON.writeValueAsString(row)).append('\n');
            }
            Files.writeString(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
