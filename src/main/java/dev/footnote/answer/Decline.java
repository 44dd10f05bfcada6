package dev.footnote.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a model's "the passages do not contain the answer". A decline is the whole answer:
 * one short sentence that opens with a decline ("The passages do not contain…", "I cannot answer…",
 * "No information…") and goes on only with words of the question and a few connecting words ("the
 * answer to", "information about", "from the passages"). Anything more (a second sentence, a
 * link, an instruction) is not a decline but uncited text, verified as such: a phrase in the
 * middle of an answer must not let the rest of it through unchecked.
 */
public final class Decline {

    private static final Pattern OPENING = Pattern.compile(
            "^(?:(?:i'm |i am )?sorry,? |unfortunately,? )?(?:"
                    + "(?:the |these )?(?:provided |given |retrieved )?(?:passages?|documents?|sources?|texts?|excerpts?|context)"
                    + " (?:do|does|did) ?(?:not|n't) (?:contain|mention|say|include|provide|address|answer|cover|discuss|specify|state|give)"
                    + "|(?:i|we) (?:cannot|can't|can not|could not|couldn't|am unable to|am not able to|are unable to) (?:answer|find|determine|tell)"
                    + "|(?:there is |there's )?no (?:information|answer|mention)"
                    + ")\\b");
    /** What may follow the opening: words, spaces, apostrophes, hyphens and commas; no links, no second sentence. */
    private static final Pattern REST = Pattern.compile("[\\p{L}\\p{N}' ,-]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    /** The connecting words a decline may use besides the question's own. */
    private static final Set<String> CONNECTING = Set.of("the", "a", "an", "any", "this", "that", "these", "those", "your",
            "question", "answer", "answers", "information", "info", "details", "detail", "specific", "relevant", "enough",
            "sufficient", "explicit", "clear", "direct", "about", "on", "regarding", "concerning", "for", "to", "of", "in",
            "from", "based", "using", "with", "within", "provided", "given", "passage", "passages", "document", "documents",
            "source", "sources", "context", "text", "texts", "excerpt", "excerpts", "it", "is", "are", "available", "here",
            "say", "says", "said", "mention", "mentions", "mentioned", "state", "states", "stated");

    private Decline() {
    }

    /**
     * @param answer   the model's whole answer, citation markers removed
     * @param question the question it was asked
     */
    public static boolean isDecline(String answer, String question) {
        String text = normalise(answer);
        if (text.endsWith(".") || text.endsWith("!")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        Matcher opening = OPENING.matcher(text);
        if (!opening.find()) {
            return false;
        }
        String rest = text.substring(opening.end());
        if (!REST.matcher(rest).matches()) {
            return false;
        }
        Set<String> allowed = new HashSet<>(CONNECTING);
        Matcher asked = WORD.matcher(normalise(question));
        while (asked.find()) {
            allowed.add(asked.group());
        }
        Matcher word = WORD.matcher(rest);
        while (word.find()) {
            if (!allowed.contains(word.group())) {
                return false;
            }
        }
        return true;
    }

    private static String normalise(String text) {
        return text.strip().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
