package dev.footnote.llm;

import java.nio.file.Path;
import java.util.Set;

/**
 * The prompt files, read once at start-up: the system prompt (the rules), the answer prompt
 * ({@code {{passages}}}, {@code {{question}}}) and the condense prompt that turns a follow-up into
 * a standalone question ({@code {{history}}}, {@code {{question}}}).
 */
public record Prompts(PromptFile system, PromptFile answer, PromptFile condense) {

    public static Prompts load(Path system, Path answer, Path condense) {
        return new Prompts(
                PromptFile.load(system, Set.of()),
                PromptFile.load(answer, Set.of("passages", "question")),
                PromptFile.load(condense, Set.of("history", "question")));
    }
}
