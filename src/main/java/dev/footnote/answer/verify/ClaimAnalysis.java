package dev.footnote.answer.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.footnote.evidence.SentenceScorer;
import dev.footnote.text.Token;
import dev.footnote.text.TextAnalyzer;

/**
 * Reads a claim (or a question) into the words the judge weighs: its numbers (in digits or words), its names (runs of
 * proper nouns), its negations and its other content words, each with its offsets in the text and its analysed terms.
 * Stop words ("the", "of") are no claim words: the evidence need not repeat them.
 */
public final class ClaimAnalysis {

    /** Words that turn a statement round; "n't" is how the tokenizer splits "didn't". */
    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nor", "none", "nobody", "nothing",
            "neither", "without", "cannot");

    /** Currency signs and the words they stand for: the index drops the signs, so "€40" would not back "40 euros". */
    private static final Map<String, String> CURRENCIES = Map.of("€", "euro euros", "$", "dollar dollars",
            "£", "pound pounds", "¥", "yen");

    /** A negation and the few words after it that it denies ("not <i>call for restraint</i>"). */
    private static final Pattern NEGATED_WITH_SCOPE = Pattern.compile(
            "(?i)(?:\\b(?:not|never|no|nor|none|nobody|nothing|neither|without|cannot)\\b|n't\\b)((?:\\s+[\\p{L}\\d'-]+){1,"
                    + SupportJudge.NEGATION_SCOPE + "})");

    /** Format and control characters: zero-width spaces, byte-order marks, NULs. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}]");

    /** A token after which a capital starts a sentence or a quotation, not a name. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?:;\"“]");

    private final TextAnalyzer analyzer;
    private final SentenceScorer scorer;

    public ClaimAnalysis(TextAnalyzer analyzer, SentenceScorer scorer) {
        this.analyzer = analyzer.withoutChunks();
        this.scorer = scorer;
    }

    /** The claim's words, in order. */
    public List<ClaimWord> words(String text) {
        String claim = blankInvisible(text);
        List<ClaimWord> words = new ArrayList<>();
        List<Numbers.Found> numbers = Numbers.in(claim);
        for (Numbers.Found n : numbers) {
            words.add(new ClaimWord(claim.substring(n.start(), n.end()), n.start(), n.end(), WordKind.NUMBER, List.of(), n.value(), n.upTo()));
        }
        List<Token> tokens = analyzer.analyze(claim).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (insideNumber(numbers, token)) {
                continue;
            }
            String lower = token.text().toLowerCase(Locale.ROOT);
            if (NEGATIONS.contains(lower)) {
                words.add(new ClaimWord(token.text(), token.start(), token.end(), WordKind.NEGATION, List.of(), null));
                continue;
            }
            if (name(tokens, i) && !firstWordOfCommonUse(tokens, i)) {
                // A run of proper nouns is one name: "Mackenzie King" is backed by its evidence as a whole.
                int j = i;
                while (j + 1 < tokens.size() && name(tokens, j + 1) && !insideNumber(numbers, tokens.get(j + 1))) {
                    j++;
                }
                String name = claim.substring(token.start(), tokens.get(j).end());
                List<String> terms = List.copyOf(scorer.terms(name));
                if (!terms.isEmpty()) {
                    words.add(new ClaimWord(name, token.start(), tokens.get(j).end(), WordKind.NAME, terms, null));
                }
                i = j;
                continue;
            }
            List<String> terms = List.copyOf(scorer.terms(token.text()));
            if (!terms.isEmpty() && token.text().chars().anyMatch(Character::isLetter)) {
                words.add(new ClaimWord(token.text(), token.start(), token.end(), WordKind.CONTENT, terms, null));
            }
        }
        words.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return words;
    }

    /**
     * The text with its invisible and control characters ("\u200bWhat", a NUL) as spaces: they are no word of their
     * own, and every offset stays what it was.
     */
    public static String blankInvisible(String text) {
        return INVISIBLE.matcher(text).replaceAll(" ");
    }

    /** The evidence as the judge compares it: its terms, its numbers, whether it negates and what. */
    public SupportJudge.Evidence evidence(String text) {
        List<Double> values = Numbers.in(text).stream().map(Numbers.Found::value).toList();
        Set<String> denied = new java.util.HashSet<>();
        Matcher m = NEGATED_WITH_SCOPE.matcher(text);
        boolean negated = false;
        while (m.find()) {
            negated = true;
            denied.addAll(scorer.terms(m.group(1)));
        }
        Set<String> terms = scorer.terms(text);
        for (Map.Entry<String, String> currency : CURRENCIES.entrySet()) {
            if (text.contains(currency.getKey())) {
                terms = new java.util.HashSet<>(terms);
                terms.addAll(scorer.terms(currency.getValue()));
            }
        }
        return new SupportJudge.Evidence(text, terms, values, negated, denied);
    }

    /**
     * A proper noun, or a capitalised word inside the sentence that the tagger took for another kind ("Who sacked
     * <i>Nunavut</i>…?"): a name either way.
     */
    private static boolean name(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.isProperNoun()) {
            return true;
        }
        String text = token.text();
        // A code of letters and digits names one thing ("FY2019", "O2", "B-52").
        if (text.chars().anyMatch(Character::isLetter) && text.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        return i > 0 && text.length() > 1 && Character.isUpperCase(text.charAt(0)) && text.chars().anyMatch(Character::isLowerCase)
                && !SENTENCE_BREAK.matcher(tokens.get(i - 1).text()).matches();
    }

    /** A capitalised first word the tagger calls a proper noun but that is a common word ("Is it true…", "Did…"). */
    private static boolean firstWordOfCommonUse(List<Token> tokens, int i) {
        return i == 0 && tokens.size() > 1 && !tokens.get(1).isProperNoun()
                && Set.of("is", "was", "did", "does", "do", "are", "were", "has", "have", "had", "can", "will")
                .contains(tokens.get(0).text().toLowerCase(Locale.ROOT));
    }

    private static boolean insideNumber(List<Numbers.Found> numbers, Token token) {
        return numbers.stream().anyMatch(n -> token.start() >= n.start() && token.end() <= n.end());
    }
}
