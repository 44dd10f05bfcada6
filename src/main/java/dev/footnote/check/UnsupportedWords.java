package dev.footnote.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import dev.footnote.answer.verify.ClaimWord;
import dev.footnote.answer.verify.WordKind;
import dev.footnote.text.ResourceLines;
import dev.footnote.text.Token;

/**
 * Which tokens of a checked sentence nothing backs: a logistic model per token over what the check already knows of
 * it (whether the cited evidence backs its word, whether any candidate sentence does, its kind, tag and idf, whether
 * its neighbours are backed, the judge's score), then a smoothing step over its neighbours' logits, then a threshold;
 * nothing is flagged in a sentence whose cited evidence backs every word and contradicts nothing.
 * Hand rules (a stop word between two unbacked words is unbacked, a phrase starts at its leading function words) are
 * one feature among the others: the model learns when they hold. Weights, smoothing and threshold are fitted on
 * WiCE's {@code unsupported-tokens-train.jsonl} ({@code src/test/bench/fit_unsupported_words.py}, docs/check.md) and
 * read from {@value #RESOURCE}; a feature without a weight counts 0.
 */
public final class UnsupportedWords {

    static final String RESOURCE = "dev/footnote/check/unsupported-words.tsv";

    /** Tag groups of the Penn tag set that the model tells apart; other tags count as "other". */
    private static final List<String> TAG_GROUPS = List.of("NNP", "NN", "VB", "JJ", "RB", "IN", "DT", "CD", "CC", "PRP",
            "TO", "MD", "POS", "WDT");

    /**
     * What the check knows of a sentence when it names the words nothing backs.
     *
     * @param text          the submitted text, which the tokens' offsets index
     * @param offset        where the sentence starts in it (the claim words' offsets are relative to this)
     * @param tokens        the sentence's tokens with their Penn tags
     * @param words         its claim words ({@code ClaimAnalysis.words})
     * @param unbacked      the claim words no cited sentence backs
     * @param judgeUnbacked the claim words the judge's own evidence leaves unbacked
     * @param anyCredit     how far the best single candidate sentence backs a claim word (0..1)
     * @param ruleSpans     what the hand rules name unsupported
     * @param score         the judge's score
     * @param contradicted  whether the best evidence contradicts the sentence
     * @param citedTexts    the quotes cited for it
     */
    record Sentence(String text, int offset, List<Token> tokens, List<ClaimWord> words, Set<ClaimWord> unbacked,
                    Set<ClaimWord> judgeUnbacked, ToDoubleFunction<ClaimWord> anyCredit, List<TextSpan> ruleSpans,
                    double score, boolean contradicted, List<String> citedTexts) {

        /** The cited sentences as " word word … ": lower case, any other character a space. */
        String citedWords() {
            return normalised(String.join(" ", citedTexts));
        }
    }

    /** Lower case, every run of characters other than letters and digits one space, and a space at each end. */
    static String normalised(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    /**
     * One token as judged.
     *
     * @param start      offset in the submitted text
     * @param end        offset after it
     * @param features   its features by name
     * @param logit      the model's logit before smoothing
     * @param unbacked   whether it is named unsupported
     */
    public record Judged(int start, int end, Map<String, Double> features, double logit, boolean unbacked) {
    }

    private final Map<String, Double> weights;
    private final double smoothSelf;
    private final double smoothPrevious;
    private final double smoothNext;
    private final double smoothBias;
    private final double threshold;
    private final ToDoubleFunction<String> idf;

    /**
     * @param weights the weight of each feature by name, and {@code smooth.self}, {@code smooth.previous},
     *                {@code smooth.next}, {@code smooth.bias} (the smoothed logit of a token from its own and its
     *                neighbours'), {@code threshold} (the least smoothed probability that names a token unsupported)
     * @param idf     the inverse document frequency of an analysed term
     */
    UnsupportedWords(Map<String, Double> weights, ToDoubleFunction<String> idf) {
        this.weights = Map.copyOf(weights);
        this.smoothSelf = weights.getOrDefault("smooth.self", 1.0);
        this.smoothPrevious = weights.getOrDefault("smooth.previous", 0.0);
        this.smoothNext = weights.getOrDefault("smooth.next", 0.0);
        this.smoothBias = weights.getOrDefault("smooth.bias", 0.0);
        this.threshold = weights.getOrDefault("threshold", 0.5);
        this.idf = idf;
    }

    /** The model the product ships with; {@code idf} from the corpus (the scorer's). */
    public static UnsupportedWords builtIn(ToDoubleFunction<String> idf) {
        return new UnsupportedWords(read(ResourceLines.read(RESOURCE)), idf);
    }

    static Map<String, Double> read(List<String> lines) {
        return ResourceLines.weights(lines, RESOURCE);
    }

    /** Each token of the sentence with its features and whether it is named unsupported. */
    List<Judged> judge(Sentence s) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        List<Map<String, Double>> features = new ArrayList<>(n);
        double[] z = new double[n];
        String cited = s.citedWords();
        double ruleShare = n == 0 ? 0 : tokens.stream().filter(t -> flaggedByRule(s, t)).count() / (double) n;
        for (int i = 0; i < n; i++) {
            Map<String, Double> f = features(s, i, cited, ruleShare);
            features.add(f);
            double sum = 0;
            for (Map.Entry<String, Double> e : f.entrySet()) {
                sum += weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
            }
            z[i] = sum;
        }
        // The model was fitted on partially supported claims only, each with something to flag: a sentence whose cited
        // evidence backs every word and contradicts nothing has no word to underline, whatever its prior says.
        boolean allBacked = s.unbacked().isEmpty() && !s.contradicted();
        List<Judged> judged = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // A token at the edge of the sentence takes its own logit for the missing neighbour.
            double previous = i > 0 ? z[i - 1] : z[i];
            double next = i + 1 < n ? z[i + 1] : z[i];
            double smoothed = smoothBias + smoothSelf * z[i] + smoothPrevious * previous + smoothNext * next;
            boolean unbacked = !allBacked && 1 / (1 + Math.exp(-smoothed)) >= threshold;
            judged.add(new Judged(tokens.get(i).start(), tokens.get(i).end(), features.get(i), z[i], unbacked));
        }
        return judged;
    }

    /** Runs of tokens named unsupported, each as one span of the submitted text. */
    static List<TextSpan> spans(String text, List<Judged> judged) {
        List<TextSpan> spans = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (Judged j : judged) {
            if (j.unbacked()) {
                if (runStart < 0) {
                    runStart = j.start();
                }
                runEnd = j.end();
            } else if (runStart >= 0) {
                spans.add(TextSpan.of(text, runStart, runEnd));
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            spans.add(TextSpan.of(text, runStart, runEnd));
        }
        return spans;
    }

    /** @param ruleShare the share of the sentence's tokens the hand rules name unsupported */
    private Map<String, Double> features(Sentence s, int i, String cited, double ruleShare) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(i);
        ClaimWord word = wordAt(s, t);
        String text = t.text();
        boolean punct = text.codePoints().noneMatch(Character::isLetterOrDigit);
        boolean stop = !punct && word == null;
        Map<String, Double> f = new LinkedHashMap<>();
        put(f, "bias", 1);
        put(f, "punct", punct);
        put(f, "stop", stop);
        put(f, "name", word != null && word.kind() == WordKind.NAME);
        put(f, "number", word != null && word.kind() == WordKind.NUMBER);
        put(f, "negation", word != null && word.kind() == WordKind.NEGATION);
        put(f, "content", word != null && word.kind() == WordKind.CONTENT);
        put(f, "ruleFlagged", flaggedByRule(s, t));
        boolean citedUnbacked = word != null && s.unbacked().contains(word);
        put(f, "citedUnbacked", citedUnbacked);
        put(f, "judgeUnbacked", word != null && s.judgeUnbacked().contains(word));
        double anyCredit = word == null ? 0 : citedUnbacked ? s.anyCredit().applyAsDouble(word) : 1;
        put(f, "anyCredit", anyCredit);
        put(f, "nowhere", word != null && anyCredit == 0);
        put(f, "idf", word == null ? 0 : Math.min(12, word.terms().stream().mapToDouble(idf).max().orElse(0)) / 12);
        put(f, "capitalised", !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)));
        put(f, "first", i == 0);
        put(f, "position", tokens.size() < 2 ? 0 : i / (double) (tokens.size() - 1));
        Boolean before = neighbourUnbacked(s, t.start(), -1);
        Boolean after = neighbourUnbacked(s, t.end(), 1);
        put(f, "previousUnbacked", Boolean.TRUE.equals(before));
        put(f, "nextUnbacked", Boolean.TRUE.equals(after));
        put(f, "betweenUnbacked", Boolean.TRUE.equals(before) && Boolean.TRUE.equals(after));
        put(f, "previousRule", i > 0 && flaggedByRule(s, tokens.get(i - 1)));
        put(f, "nextRule", i + 1 < tokens.size() && flaggedByRule(s, tokens.get(i + 1)));
        double share = s.words().isEmpty() ? 0 : s.unbacked().size() / (double) s.words().size();
        put(f, "shareUnbacked", share);
        put(f, "score", Math.max(-1, Math.min(1, s.score())));
        put(f, "contradicted", s.contradicted());
        put(f, "noCitation", s.citedTexts().isEmpty());
        // The token as written in what is cited, alone and with a neighbour: "of the" in the evidence backs "of the".
        String self = normalised(text);
        boolean surface = !punct && cited.contains(self);
        boolean bigram = !punct && ((i > 0 && cited.contains(normalised(tokens.get(i - 1).text() + " " + text)))
                || (i + 1 < tokens.size() && cited.contains(normalised(text + " " + tokens.get(i + 1).text()))));
        put(f, "surfaceCited", surface);
        put(f, "bigramCited", bigram);
        put(f, "stop*surfaceCited", stop && surface);
        put(f, "stop*bigramCited", stop && bigram);
        int near = 0;
        for (int j = Math.max(0, i - 2); j <= Math.min(tokens.size() - 1, i + 2); j++) {
            ClaimWord w = j == i ? null : wordAt(s, tokens.get(j));
            near += w != null && s.unbacked().contains(w) ? 1 : 0;
        }
        put(f, "unbackedNear", near / 4.0);
        put(f, "ruleShare", ruleShare);
        String group = TAG_GROUPS.stream().filter(g -> t.tag().startsWith(g)).findFirst().orElse(punct ? "punct" : "other");
        put(f, "tag." + group, 1);
        // Products the linear model cannot form: a stop word's fate follows its neighbours, a word's its backing.
        put(f, "stop*previousUnbacked", stop && Boolean.TRUE.equals(before));
        put(f, "stop*nextUnbacked", stop && Boolean.TRUE.equals(after));
        put(f, "stop*betweenUnbacked", stop && Boolean.TRUE.equals(before) && Boolean.TRUE.equals(after));
        put(f, "stop*shareUnbacked", stop ? share : 0);
        put(f, "punct*betweenUnbacked", punct && Boolean.TRUE.equals(before) && Boolean.TRUE.equals(after));
        put(f, "content*citedUnbacked", word != null && word.kind() == WordKind.CONTENT && citedUnbacked);
        put(f, "name*citedUnbacked", word != null && word.kind() == WordKind.NAME && citedUnbacked);
        put(f, "number*citedUnbacked", word != null && word.kind() == WordKind.NUMBER && citedUnbacked);
        put(f, "citedUnbacked*shareUnbacked", citedUnbacked ? share : 0);
        put(f, "citedUnbacked*anyCredit", citedUnbacked ? anyCredit : 0);
        if (stop) {
            // Which function word it is: "only" or "first" are claims of their own, "the" rarely is.
            put(f, "stopword." + text.toLowerCase(Locale.ROOT), 1);
        }
        return f;
    }

    private static boolean flaggedByRule(Sentence s, Token t) {
        return s.ruleSpans().stream().anyMatch(r -> r.start() < t.end() && t.start() < r.end());
    }

    /** The claim word the token belongs to, if any. */
    private static ClaimWord wordAt(Sentence s, Token t) {
        for (ClaimWord w : s.words()) {
            if (s.offset() + w.start() < t.end() && t.start() < s.offset() + w.end()) {
                return w;
            }
        }
        return null;
    }

    /** Whether the nearest claim word before ({@code direction} -1) or after (+1) is unbacked; null when there is none. */
    private static Boolean neighbourUnbacked(Sentence s, int at, int direction) {
        ClaimWord nearest = null;
        for (ClaimWord w : s.words()) {
            if (direction < 0 ? s.offset() + w.end() <= at : s.offset() + w.start() >= at) {
                if (direction < 0 || nearest == null) {
                    nearest = w;
                }
            }
        }
        return nearest == null ? null : s.unbacked().contains(nearest);
    }

    private static void put(Map<String, Double> f, String name, boolean value) {
        f.put(name, value ? 1.0 : 0.0);
    }

    private static void put(Map<String, Double> f, String name, double value) {
        f.put(name, value);
    }
}
