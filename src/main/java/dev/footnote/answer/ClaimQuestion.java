package dev.footnote.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.footnote.answer.verify.ClaimAnalysis;

/**
 * A message that asks whether something is so rather than what or who: "Is it true that X?", "Is it correct that X?",
 * "True or false: X", or a statement typed as it stands ("Arctic sea ice has been thinning."). Its answer is the
 * evidence for X, judged as a claim: quoted when the corpus backs X, shown but not grounded when it does not.
 */
record ClaimQuestion(String claim, int offset) {

    /** "Is it true that …?", "Is it correct/right/the case that …?", "True or false: …", "Fact check: …". */
    private static final Pattern ASKED = Pattern.compile(
            "(?i)^\\s*(?:(?:is|was)\\s+it\\s+(?:true|correct|right|the\\s+case|a\\s+fact)\\s+that|"
                    + "true\\s+or\\s+false\\s*[:,-]|fact[-\\s]?check\\s*[:,-]|check\\s*:|verify\\s*:)\\s*(.+?)\\s*\\??\\s*$",
            Pattern.DOTALL);
    /** What opens a question rather than a statement. */
    private static final Pattern QUESTION_START = Pattern.compile(
            "(?i)^\\s*(?:what|who|whom|whose|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|"
                    + "should|has|have|had|may|might|tell|list|summari[sz]e|explain|describe|compare|give|show|name|please|find|search|"
                    + "i|what's|who's|where's|when's|how's)\\b");

    /** A common finite verb, which makes a line of words a statement. */
    private static final Pattern FINITE_VERB = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|said|says|says)\\b");

    ClaimQuestion {
        if (claim.isBlank()) {
            throw new IllegalArgumentException("a claim must not be blank");
        }
    }

    /** The claim the message asks about, if it asks whether something is so. */
    static Optional<ClaimQuestion> of(String text) {
        // Invisible and control characters ("\u200bWhat did…?\u0000") neither ask nor state anything.
        String message = ClaimAnalysis.blankInvisible(text);
        Matcher m = ASKED.matcher(message);
        if (m.find()) {
            return Optional.of(new ClaimQuestion(m.group(1), m.start(1)));
        }
        String stripped = message.strip();
        // A statement: a sentence of several words that neither asks nor opens like a question, and reads as a sentence
        // (a full stop, or a verb): "armed forces Vucevic statement" is a search, not a claim.
        int words = stripped.split("\\s+").length;
        if (!stripped.endsWith("?") && words >= 4 && !QUESTION_START.matcher(stripped).find()
                && Character.isLetterOrDigit(stripped.charAt(0))
                && (stripped.endsWith(".") || stripped.endsWith("!") || words >= 6 && FINITE_VERB.matcher(stripped).find())) {
            return Optional.of(new ClaimQuestion(stripped, message.indexOf(stripped)));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "claim '" + claim.toLowerCase(Locale.ROOT) + "'";
    }
}
