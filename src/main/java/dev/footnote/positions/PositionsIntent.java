package dev.footnote.positions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.footnote.text.TextAnalyzer;
import dev.footnote.text.Token;

/**
 * Whether a chat message asks what actors think or say about a topic, decided on the parsed message
 * (tokens and parts of speech from {@link TextAnalyzer}), not on a word: "Summarize the positions of
 * the US and Serbia on Kosovo", "Compare the EU and Serbia on Kosovo", "What do the EU and Serbia say
 * about Kosovo?", "What is Serbia's position on Kosovo?", "Where do they differ?" ask it; "What
 * position did Peyton Manning play?" (a position played), "What is the position of the Sun in the
 * solar system?" (a place, with no topic) do not.
 */
final class PositionsIntent {

    /** An imperative that asks for actors' views when it opens the message. */
    private static final Set<String> ASKING_VERBS = Set.of("summarize", "summarise", "compare", "contrast");
    /** Nouns that name a stance (as the head of "X's position on …" / "the positions of X"). */
    private static final Set<String> STANCE_NOUNS = Set.of("position", "positions", "stance", "stances", "standpoint",
            "standpoints", "view", "views", "opinion", "opinions");
    /** What introduces the topic a stance is on. */
    private static final Set<String> TOPIC_WORDS = Set.of("on", "about", "regarding", "concerning", "towards", "toward", "over");
    /** Verbs of saying and thinking in "What do X and Y say about …". */
    private static final Set<String> SAYING_VERBS = Set.of("say", "think", "believe", "argue", "claim", "feel");
    /** Verbs of comparing in "Where do X and Y agree / differ". */
    private static final Set<String> COMPARING_VERBS = Set.of("agree", "differ", "disagree");

    private final TextAnalyzer analyzer;

    PositionsIntent(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    boolean asksPositions(String message) {
        List<Token> tokens = analyzer.withoutChunks().analyze(message).tokens();
        if (tokens.isEmpty()) {
            return false;
        }
        String first = lower(tokens.get(0));
        if (ASKING_VERBS.contains(first)) {
            return true;
        }
        // "Where do X and Y agree / differ?"
        if (first.equals("where") && tokens.size() > 1 && lower(tokens.get(1)).equals("do")
                && tokens.stream().anyMatch(t -> COMPARING_VERBS.contains(lower(t)))) {
            return true;
        }
        // "What do / does X (and Y) say / think about TOPIC?": present tense, a topic after the verb.
        if (first.equals("what") && tokens.size() > 2 && Set.of("do", "does").contains(lower(tokens.get(1)))) {
            for (int i = 2; i < tokens.size() - 1; i++) {
                if (SAYING_VERBS.contains(lower(tokens.get(i))) && tokens.get(i).isVerb()
                        && TOPIC_WORDS.contains(lower(tokens.get(i + 1)))) {
                    return true;
                }
            }
        }
        return stanceNounOnATopic(tokens);
    }

    /**
     * A stance noun used as a noun, whose phrase goes on to a topic ("Serbia's position on Kosovo",
     * "the positions of the US and Serbia over Kosovo"), and not the object of a verb like "play";
     * a plural stance noun ("their positions") needs no topic.
     */
    private static boolean stanceNounOnATopic(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = lower(token);
            if (!STANCE_NOUNS.contains(word) || !token.isNoun()) {
                continue;
            }
            // "What position did … play?": the noun is the object a later verb asks about, not a stance.
            boolean askedAsObject = i > 0 && Set.of("what", "which").contains(lower(tokens.get(i - 1)));
            if (askedAsObject) {
                continue;
            }
            for (int j = i + 1; j < tokens.size(); j++) {
                String next = lower(tokens.get(j));
                if (TOPIC_WORDS.contains(next)) {
                    return true;
                }
                // "in the solar system": a place, not a topic.
                if (next.equals("in") || next.equals("at") || tokens.get(j).isVerb()) {
                    break;
                }
            }
            if (word.endsWith("s") && i + 1 < tokens.size() && lower(tokens.get(i + 1)).equals("of")) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
