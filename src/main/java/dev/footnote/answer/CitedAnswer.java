package dev.footnote.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An answer and the citations behind it. An ungrounded answer (the corpus does not hold the
 * answer) carries no citation that claims support, by construction: at most the nearest evidence, marked
 * {@code supported: false}.
 *
 * @param text      the answer, with {@code [n]} markers after the sentences they support
 * @param grounded  whether the answer rests on passages of the corpus
 * @param mode      which answerer produced it: {@code extractive} or {@code llm}
 * @param citations the citations, by marker
 * @param warnings  what went wrong on the way but did not stop the answer (e.g. an LLM fallback)
 * @param model     the language model that wrote the answer; {@code null} for an extractive answer
 * @param shortAnswer the span of a cited passage that answers on its own (e.g. a name or a date);
 *                    {@code null} when none was found
 * @param removed   sentences the writer (a language model) wrote that nothing backs, left out of {@code text};
 *                  empty for an extractive answer. A stored answer without the field reads as empty.
 */
public record CitedAnswer(String text, boolean grounded, String mode, List<Citation> citations, List<String> warnings,
                          String model, ShortAnswer shortAnswer, List<RemovedSentence> removed) {

    public static final String EXTRACTIVE = "extractive";
    public static final String LLM = "llm";

    public CitedAnswer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        citations = List.copyOf(citations);
        warnings = List.copyOf(warnings);
        removed = removed == null ? List.of() : List.copyOf(removed);
        // An ungrounded answer may show what the corpus says nearby, but never as support.
        if (!grounded && citations.stream().anyMatch(c -> !Boolean.FALSE.equals(c.supported()))) {
            throw new IllegalArgumentException("an ungrounded answer may cite only nearby evidence (supported: false)");
        }
        if (shortAnswer != null && citations.stream().noneMatch(c -> quotes(c, shortAnswer))) {
            throw new IllegalArgumentException("the short answer '" + shortAnswer.text()
                    + "' is not inside the quote of citation [" + shortAnswer.marker() + "]");
        }
    }

    /** Whether the citation's quote holds the short answer at its offsets: a short answer is never invented. */
    private static boolean quotes(Citation c, ShortAnswer s) {
        return c.marker() == s.marker() && s.start() >= c.start() && s.end() <= c.end()
                && c.quote().substring(s.start() - c.start(), s.end() - c.start()).equals(s.text());
    }

    /** An answer from which nothing was removed. */
    public CitedAnswer(String text, boolean grounded, String mode, List<Citation> citations, List<String> warnings,
                       String model, ShortAnswer shortAnswer) {
        this(text, grounded, mode, citations, warnings, model, shortAnswer, List.of());
    }

    /** An answer with no short answer. */
    public CitedAnswer(String text, boolean grounded, String mode, List<Citation> citations, List<String> warnings,
                       String model) {
        this(text, grounded, mode, citations, warnings, model, null);
    }

    /** An answer written by no model (extractive). */
    public CitedAnswer(String text, boolean grounded, String mode, List<Citation> citations, List<String> warnings) {
        this(text, grounded, mode, citations, warnings, null);
    }

    public static CitedAnswer notInCorpus(String text, String mode, List<String> warnings) {
        return new CitedAnswer(text, false, mode, List.of(), warnings);
    }

    public CitedAnswer withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new CitedAnswer(text, grounded, mode, citations, more, model, shortAnswer, removed);
    }

    public CitedAnswer withWarnings(List<String> earlier) {
        if (earlier.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(earlier);
        all.addAll(warnings);
        return new CitedAnswer(text, grounded, mode, citations, all, model, shortAnswer, removed);
    }
}
