package dev.footnote.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.footnote.text.AnalyzedSentence;
import dev.footnote.text.Token;

/**
 * A question's content words and where they stand in a sentence: which tokens match them, how close a span is
 * to them, and whether a span only repeats what the question already names.
 */
final class QuestionWords {

    /** Words that carry no content for matching a span against the question. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for",
            "and", "or", "by", "with", "from", "as", "is", "was", "are", "were", "be", "been", "did", "do", "does",
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "that", "this", "it", "its", "?",
            ",", ".", "'s", "many", "much", "name", "has", "have", "had");
    /** Proximity halves at this many tokens away from the nearest question word. */
    private static final double PROXIMITY_TOKENS = 4;

    private QuestionWords() {
    }

    static boolean isFunctionWord(String normalWord) {
        return FUNCTION_WORDS.contains(normalWord);
    }

    /** Lower case, a plural "s" dropped, so "teams" in a sentence matches "team" in the question. */
    static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /** Token positions of the sentence that match a question word. */
    static List<Integer> anchors(AnswerSpans.Question question, AnalyzedSentence sentence) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < sentence.tokens().size(); i++) {
            if (question.words().contains(normal(sentence.tokens().get(i).text()))) {
                anchors.add(i);
            }
        }
        return anchors;
    }

    /** 0.5..1: 1 next to a question word, falling towards 0.5 far from all (or when none is in the sentence). */
    static double closeness(AnalyzedSentence sentence, List<Integer> anchors, int charStart) {
        if (anchors.isEmpty()) {
            return 0.5;
        }
        int at = 0;
        while (at < sentence.tokens().size() && sentence.tokens().get(at).start() < charStart) {
            at++;
        }
        int distance = Integer.MAX_VALUE;
        for (int anchor : anchors) {
            distance = Math.min(distance, Math.abs(anchor - at));
        }
        return 0.5 + 0.5 * PROXIMITY_TOKENS / (PROXIMITY_TOKENS + distance);
    }

    /** Whether every content word of the span is already in the question (the question names it). */
    static boolean named(AnswerSpans.Question question, AnalyzedSentence sentence, int start, int end) {
        boolean any = false;
        for (Token token : sentence.tokens()) {
            if (token.start() >= start && token.end() <= end) {
                String w = normal(token.text());
                if (FUNCTION_WORDS.contains(w)) {
                    continue;
                }
                any = true;
                if (!question.words().contains(w)) {
                    return false;
                }
            }
        }
        return any;
    }
}
