package dev.footnote.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A question of an evaluation set.
 *
 * @param id       the dataset's id of the question
 * @param text     the question as a user would ask it
 * @param relevant the passages that answer it, with their graded relevance (&gt; 0)
 * @param answers  gold answer strings (SQuAD); empty when the dataset has none (BEIR)
 */
public record EvalQuestion(String id, String text, Map<String, Integer> relevant, List<String> answers) {

    public EvalQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        relevant = Map.copyOf(relevant);
        answers = List.copyOf(answers);
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("question " + id + " has no relevant passage");
        }
    }
}
