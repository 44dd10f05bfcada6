package dev.footnote.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.footnote.corpus.Document;

/**
 * Which articles of a SQuAD file are indexed, which are asked about, and which serve as
 * out-of-corpus questions (their articles left out of the index), and which questions are sampled.
 * Tuning uses articles 1–24 only; figures are reported on 25–48.
 */
record EvalSplit(EvalDataset asked, List<String> negatives, Set<String> modes, Map<String, String> describe) {

    private static final List<String> ALL_MODES = List.of("bm25", "dense", "hybrid");

    static EvalSplit of(CommandLine line, EvalDataset dataset) {
        Map<String, String> o = line.options();
        boolean byArticle = o.containsKey("index-articles") || o.containsKey("ask-articles") || o.containsKey("negatives-articles");
        if (byArticle && !dataset.name().startsWith("squad:")) {
            throw new IllegalArgumentException("article ranges apply to SQuAD files only");
        }
        int articles = dataset.documents().size();
        ArticleRange indexed = range(o.get("index-articles"), new ArticleRange(1, Math.max(1, articles)));
        ArticleRange ask = range(o.get("ask-articles"), indexed);
        ArticleRange negatives = range(o.get("negatives-articles"), null);
        if (negatives != null && negatives.overlaps(indexed)) {
            throw new IllegalArgumentException("--negatives-articles " + negatives + " must not overlap the indexed articles "
                    + indexed + ": their questions would be in the corpus");
        }
        int sample = Integer.parseInt(line.optional("sample", "1"));
        if (sample < 1) {
            throw new IllegalArgumentException("--sample must be >= 1");
        }
        Set<String> modes = Set.copyOf(parseModes(line.optional("modes", String.join(",", ALL_MODES))));

        Map<String, Integer> articleOfPassage = new HashMap<>();
        List<Document> indexedDocuments = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            Document d = dataset.documents().get(i);
            int number = i + 1;
            d.passages().forEach(p -> articleOfPassage.put(p.id(), number));
            if (indexed.contains(number)) {
                indexedDocuments.add(d);
            }
        }
        List<EvalQuestion> askedQuestions = new ArrayList<>();
        List<String> negativeQuestions = new ArrayList<>();
        int seenAsked = 0;
        int seenNegative = 0;
        for (EvalQuestion q : dataset.questions()) {
            int article = q.relevant().keySet().stream().mapToInt(id -> articleOfPassage.getOrDefault(id, 0)).max().orElse(0);
            if (indexed.contains(article) && ask.contains(article) && seenAsked++ % sample == 0) {
                askedQuestions.add(q);
            } else if (negatives != null && negatives.contains(article) && seenNegative++ % sample == 0) {
                negativeQuestions.add(q.text());
            }
        }
        Map<String, String> describe = new LinkedHashMap<>();
        if (byArticle || sample > 1) {
            describe.put("indexArticles", indexed.toString());
            describe.put("askArticles", ask.toString());
            if (negatives != null) {
                describe.put("negativesArticles", negatives.toString());
            }
            describe.put("sampleEvery", String.valueOf(sample));
        }
        String name = dataset.name() + (byArticle ? " articles " + indexed : "");
        return new EvalSplit(new EvalDataset(name, indexedDocuments, askedQuestions), negativeQuestions, modes,
                describe.isEmpty() ? null : describe);
    }

    String negativesSource(String file) {
        List<String> parts = new ArrayList<>();
        if (describe != null && describe.containsKey("negativesArticles")) {
            parts.add("questions of SQuAD articles " + describe.get("negativesArticles") + " (not indexed)");
        }
        if (file != null) {
            parts.add(file);
        }
        return String.join(" + ", parts);
    }

    private static ArticleRange range(String text, ArticleRange fallback) {
        return text == null ? fallback : ArticleRange.parse(text);
    }

    private static List<String> parseModes(String text) {
        if (text.strip().equals("none")) {
            return List.of();
        }
        List<String> modes = List.of(text.split(",")).stream().map(String::strip).toList();
        for (String mode : modes) {
            if (!ALL_MODES.contains(mode)) {
                throw new IllegalArgumentException("--modes takes " + String.join(",", ALL_MODES) + " or none, was " + mode);
            }
        }
        return modes;
    }
}
