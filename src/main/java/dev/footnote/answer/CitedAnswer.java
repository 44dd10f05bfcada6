package dev.footnote.answer;

import java.util.List;
import java.util.Objects;

/**
 * An answer and the citations behind it. An ungrounded answer (the corpus does not hold the
 * answer) carries no citations, by construction.
 *
 * @param text      the answer, with {@code [n]} markers after the sentences they support
 * @param grounded  whether the answer rests on passages of the corpus
 * @param mode      which answerer produced it: {@code extractive} or {@code llm}
 * @param citations the citations, by marker
 * @param warnings  what went wrong on the way but did not stop the answer (e.g. an LLM fallback)
 */
public record CitedAnswer(String text, boolean grounded, String mode, List<Citation> citations, List<String> warnings) {

    public static final String EXTRACTIVE = "extractive";

    public CitedAnswer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        citations = List.copyOf(citations);
        warnings = List.copyOf(warnings);
        if (!grounded && !citations.isEmpty()) {
            throw new IllegalArgumentException("an ungrounded answer must not carry citations");
        }
    }

    public static CitedAnswer notInCorpus(String text, String mode, List<String> warnings) {
        return new CitedAnswer(text, false, mode, List.of(), warnings);
    }

    public CitedAnswer withWarning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new CitedAnswer(text, grounded, mode, citations, more);
    }
}
