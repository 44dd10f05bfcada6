package dev.footnote.answer.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    /** A negation anywhere in a text, for evidence sentences, which are not tagged. */
    static final Pattern NEGATED = Pattern.compile(
            "\\b(?:not|never|no|nor|none|nobody|nothing|neither|without|cannot)\\b|n't\\b", Pattern.CASE_INSENSITIVE);

    private final TextAnalyzer analyzer;
    private final SentenceScorer scorer;

    public ClaimAnalysis(TextAnalyzer analyzer, SentenceScorer scorer) {
        this.analyzer = analyzer.withoutChunks();
        this.scorer = scorer;
    }

    /** The claim's words, in order. */
    public List<ClaimWord> words(String claim) {
        List<ClaimWord> words = new ArrayList<>();
        List<Numbers.Found> numbers = Numbers.in(claim);
        for (Numbers.Found n : numbers) {
            words.add(new ClaimWord(claim.substring(n.start(), n.end()), n.start(), n.end(), WordKind.NUMBER, List.of(), n.value()));
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
            if (token.isProperNoun() && !firstWordOfCommonUse(tokens, i)) {
                // A run of proper nouns is one name: "Mackenzie King" is backed by its evidence as a whole.
                int j = i;
                while (j + 1 < tokens.size() && tokens.get(j + 1).isProperNoun() && !insideNumber(numbers, tokens.get(j + 1))) {
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

    /** The evidence as the judge compares it: its terms, its numbers and whether it negates. */
    public SupportJudge.Evidence evidence(String text) {
        List<Double> values = Numbers.in(text).stream().map(Numbers.Found::value).toList();
        return new SupportJudge.Evidence(text, scorer.terms(text), values, NEGATED.matcher(text).find());
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
