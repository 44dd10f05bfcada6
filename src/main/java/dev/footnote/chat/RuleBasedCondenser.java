package dev.footnote.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.langchain4j.data.message.ChatMessage;

import dev.footnote.text.TextAnalyzer;

/**
 * Rewrites a follow-up without a language model. A pronoun ("it", "he", "they", "there") is
 * resolved against the previous answer and question ({@link Referents}, {@link Pronoun#resolve}):
 * a person pronoun takes the name the answer gave if it is a person, "it" the name the question was
 * about, else the answer's ("And when was it founded?" after the Harvard answer → "When was Harvard
 * University founded?"). When nothing fits, the question's names are appended in parentheses, which is
 * all that retrieval needs. "What about X?" asks the previous
 * question again about X; an ellipsis that names nothing ("And the army?") carries the names over.
 */
public final class RuleBasedCondenser implements QuestionCondenser {

    /** Words that point back at something said before. "that" only counts at the end of a question. */
    private static final Set<String> REFERRING = Set.of("he", "him", "his", "she", "her", "hers", "they", "them",
            "their", "theirs", "it", "its", "this", "these", "those", "there");
    private static final Set<String> POSSESSIVE = Set.of("his", "their", "its", "theirs", "hers");
    /** Openings of an elliptical follow-up ("And the police?", "What about Belgrade?"). */
    private static final Pattern ELLIPSIS = Pattern.compile("(?i)^(?:and|also|what about|how about|and what about)\\b.*");
    /** "What about X?", "How about X?", "And X?": the previous question, about X. */
    private static final Pattern ABOUT = Pattern.compile("(?i)^(?:and\\s+)?(?:what|how)\\s+about\\s+(?:the\\s+)?(.+?)\\s*\\??$");
    private static final Pattern LEADING_AND = Pattern.compile("(?i)^(?:and|also|so|but)\\s*,?\\s+");
    private static final Pattern THAT_AT_END = Pattern.compile("(?i)\\bthat\\s*\\?*\\s*$");
    private static final int SHORT_QUESTION_WORDS = 3;
    /** Capitalised words that start a sentence or a question and name nothing. */
    private static final Set<String> NOT_NAMES = Set.of("what", "who", "whom", "whose", "which", "when", "where", "why",
            "how", "is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "should", "will", "has",
            "have", "had", "the", "a", "an", "and", "but", "or", "also", "in", "on", "at", "of", "to", "for", "according",
            "tell", "please", "i", "he", "him", "his", "she", "her", "they", "them", "their", "it", "its", "this", "that",
            "these", "those", "there", "any", "some", "give", "show", "explain", "describe", "list", "yes", "no", "so",
            "then", "now", "ok", "okay", "thanks", "thank", "if", "as", "about", "after", "before", "since");
    /** A run of capitalised words, each possibly hyphenated or with an apostrophe, "of" between: "Milos Vucevic", "Wars of Religion". */
    private static final String RUN = "\\p{Lu}[\\p{L}\\p{M}\\d'’‑-]*(?:(?:\\s+(?:of|of\\s+the|de|von|van|da))?\\s+\\p{Lu}[\\p{L}\\p{M}\\d'’‑-]*)*";
    /** "the French and Indian War" is one name; "the United States and the European Union" two. */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?<=\\bthe\\s)" + RUN + "\\s+and\\s+" + RUN + "|" + RUN);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’]+");

    private final Referents referents;

    /** With the shared English analyser. */
    public RuleBasedCondenser() {
        this(TextAnalyzer.english());
    }

    public RuleBasedCondenser(TextAnalyzer analyzer) {
        this.referents = new Referents(analyzer);
    }

    @Override
    public Condensed condense(String question, List<Turn> turns, List<ChatMessage> messages) {
        String q = question.strip();
        if (turns.isEmpty()) {
            return Condensed.as(q);
        }
        Turn previous = turns.get(turns.size() - 1);
        List<String> own = entities(q);
        Matcher about = ABOUT.matcher(q);
        if (about.matches() && !own.isEmpty() && words(about.group(1)).stream().noneMatch(REFERRING::contains)) {
            return Condensed.as(Topics.swap(previous.retrievalQuery(), entities(previous.retrievalQuery()), about.group(1)));
        }
        if (!leansOnContext(q, !own.isEmpty())) {
            return Condensed.as(q);
        }
        Referents.Candidates candidates = referents.of(previous);
        Optional<Pronoun> pronoun = Pronoun.first(q, REFERRING, POSSESSIVE, THAT_AT_END);
        if (pronoun.isPresent()) {
            Optional<String> referent = pronoun.get().resolve(candidates, own);
            if (referent.isPresent()) {
                String body = LEADING_AND.matcher(q).replaceFirst("");
                body = Character.toUpperCase(body.charAt(0)) + body.substring(1);
                Pronoun inBody = Pronoun.first(body, REFERRING, POSSESSIVE, THAT_AT_END).orElseThrow();
                return Condensed.as(inBody.replaceWith(body, referent.get()));
            }
        }
        // An ellipsis ("And the police?"), or a pronoun with several fitting names: carry the names over.
        List<String> carried = new ArrayList<>();
        candidates.questionNames().forEach(r -> carried.add(r.text()));
        if (carried.isEmpty()) {
            candidates.shortAnswer().ifPresent(r -> carried.add(r.text()));
        }
        carried.removeIf(c -> own.stream().anyMatch(o -> o.equalsIgnoreCase(c)));
        return carried.isEmpty() ? Condensed.as(q) : Condensed.as(q + " (" + String.join(", ", carried) + ")");
    }

    /** A pronoun that points back; or, in a question that names nothing, an ellipsis or a very short question. */
    static boolean leansOnContext(String question, boolean namesSomething) {
        List<String> words = words(question);
        if (words.stream().anyMatch(REFERRING::contains) || THAT_AT_END.matcher(question).find()) {
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

    static List<String> words(String text) {
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
