package dev.footnote.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.langchain4j.data.message.ChatMessage;

/**
 * Rewrites a follow-up without a language model: when the question leans on the previous turn
 * (a pronoun such as "he" or "it", or an ellipsis such as "And the army?") and names nobody itself,
 * the named entities of the previous turn's standalone question are carried over. With exactly one
 * entity a personal pronoun is replaced ("Is he open…?" → "Is Vucevic open…?"); otherwise the
 * entities are appended in parentheses, which is all that retrieval needs.
 */
public final class RuleBasedCondenser implements QuestionCondenser {

    /** Words that point back at something said before. "that" is left out: it is mostly a conjunction. */
    private static final Set<String> REFERRING = Set.of("he", "him", "his", "she", "her", "hers", "they", "them",
            "their", "theirs", "it", "its", "this", "these", "those", "there");
    private static final Set<String> PERSONAL = Set.of("he", "him", "she", "they", "them");
    private static final Set<String> POSSESSIVE = Set.of("his", "their");
    /** Openings of an elliptical follow-up ("And the police?", "What about Belgrade?"). */
    private static final Pattern ELLIPSIS = Pattern.compile("(?i)^(?:and|also|what about|how about|and what about)\\b.*");
    private static final int SHORT_QUESTION_WORDS = 3;
    /** Capitalised words that start a sentence or a question and name nothing. */
    private static final Set<String> NOT_NAMES = Set.of("what", "who", "whom", "whose", "which", "when", "where", "why",
            "how", "is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "should", "will", "has",
            "have", "had", "the", "a", "an", "and", "but", "or", "also", "in", "on", "at", "of", "to", "for", "according",
            "tell", "please", "i", "he", "him", "his", "she", "her", "they", "them", "their", "it", "its", "this", "that",
            "these", "those", "there", "any", "some", "give", "show", "explain", "describe", "list", "yes", "no", "so",
            "then", "now", "ok", "okay", "thanks", "thank", "if", "as", "about", "after", "before", "since");
    /** A run of capitalised words, each possibly hyphenated or with an apostrophe: "Milos Vucevic", "Kosovo". */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}\\d'’‑-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}\\d'’‑-]*)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’]+");

    @Override
    public Condensed condense(String question, List<Turn> turns, List<ChatMessage> messages) {
        String q = question.strip();
        List<String> own = entities(q);
        if (turns.isEmpty() || !leansOnContext(q, !own.isEmpty())) {
            return Condensed.as(q);
        }
        List<String> carried = new ArrayList<>(entities(turns.get(turns.size() - 1).retrievalQuery()));
        carried.removeIf(e -> own.stream().anyMatch(o -> o.equalsIgnoreCase(e)));
        if (carried.isEmpty()) {
            return Condensed.as(q);
        }
        if (carried.size() == 1) {
            String replaced = replacePronoun(q, carried.get(0));
            if (replaced != null) {
                return Condensed.as(replaced);
            }
        }
        return Condensed.as(q + " (" + String.join(", ", carried) + ")");
    }

    /** A pronoun that points back; or, in a question that names nothing, an ellipsis or a very short question. */
    static boolean leansOnContext(String question, boolean namesSomething) {
        List<String> words = words(question);
        if (words.stream().anyMatch(REFERRING::contains)) {
            return true;
        }
        return !namesSomething && (ELLIPSIS.matcher(question).matches() || words.size() <= SHORT_QUESTION_WORDS);
    }

    /** Named entities: runs of capitalised words, without the question words that open a sentence. */
    static List<String> entities(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            List<String> parts = new ArrayList<>(List.of(m.group().split("\\s+")));
            while (!parts.isEmpty() && NOT_NAMES.contains(bare(parts.get(0)))) {
                parts.remove(0);
            }
            while (!parts.isEmpty() && NOT_NAMES.contains(bare(parts.get(parts.size() - 1)))) {
                parts.remove(parts.size() - 1);
            }
            if (!parts.isEmpty()) {
                found.add(String.join(" ", parts).replaceAll("['’]s$", ""));
            }
        }
        return new ArrayList<>(found);
    }

    /** The question with its first personal pronoun replaced by {@code entity}, or null if it has none. */
    private static String replacePronoun(String question, String entity) {
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (PERSONAL.contains(word) || POSSESSIVE.contains(word)) {
                String replacement = POSSESSIVE.contains(word) ? entity + "'s" : entity;
                return question.substring(0, m.start()) + replacement + question.substring(m.end());
            }
        }
        return null;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
    }
}
