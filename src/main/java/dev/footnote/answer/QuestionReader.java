package dev.footnote.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.footnote.text.AnalyzedText;
import dev.footnote.text.Entity;
import dev.footnote.text.TextAnalyzer;
import dev.footnote.text.Token;

/** Reads a question into what the span finder needs: its answer type, content words, names and verb. */
final class QuestionReader {

    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "be", "did", "does", "do", "has",
            "have", "had", "can", "could", "will", "would", "may", "might", "should", "must");

    private final TextAnalyzer analyzer;
    private final AnswerTypes types = new AnswerTypes();

    QuestionReader(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    AnswerSpans.Question read(String question) {
        Set<String> words = new HashSet<>();
        AnalyzedText analyzed = analyzer.withoutChunks().analyze(question);
        List<Token> tokens = analyzed.tokens();
        for (Token token : tokens) {
            String w = QuestionWords.normal(token.text());
            if (!QuestionWords.isFunctionWord(w)) {
                words.add(w);
            }
        }
        List<String> names = analyzed.entities().stream()
                .filter(e -> e.type().isName()).map(Entity::text).toList();
        String verb = subjectVerb(tokens);
        return new AnswerSpans.Question(question, types.of(question), words, !verb.isEmpty(), names,
                verb.isEmpty() ? mainVerb(tokens) : verb);
    }

    /**
     * "Who won…", "Which NFL team won…": a question word, maybe its nouns, then a verb that is not an auxiliary;
     * that verb, or empty.
     */
    private static String subjectVerb(List<Token> tokens) {
        int i = 0;
        if (i >= tokens.size() || !tokens.get(i).tag().startsWith("W")) {
            return "";
        }
        i++;
        while (i < tokens.size() && (tokens.get(i).isNoun() || tokens.get(i).tag().startsWith("JJ")
                || tokens.get(i).isNumber())) {
            i++;
        }
        boolean verb = i < tokens.size() && Set.of("VBD", "VBZ", "VBP").contains(tokens.get(i).tag())
                && !AUXILIARIES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
        return verb ? tokens.get(i).text() : "";
    }

    /** The first verb that is not an auxiliary ("reach" in "When did the Black Death reach Europe?"), or empty. */
    private static String mainVerb(List<Token> tokens) {
        return tokens.stream().filter(t -> t.tag().startsWith("VB"))
                .filter(t -> !AUXILIARIES.contains(t.text().toLowerCase(Locale.ROOT)) && !t.text().equalsIgnoreCase("been"))
                .map(Token::text).findFirst().orElse("");
    }
}
