package dev.footnote.positions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code prompts/positions} template, read on every use so that it can be edited without a restart.
 * Placeholders: {@code {{topic}}}, {@code {{actors}}}, {@code {{statements}}} (required).
 */
final class PositionsPrompt {

    static final String STATEMENTS = "{{statements}}";

    private final Path path;

    PositionsPrompt(Path path) {
        this.path = path;
    }

    /** The points template beside it ({@code prompts/points.txt}). */
    Path pointsTemplate() {
        return path.resolveSibling("points.txt");
    }

    /** Fails fast, naming the file, when the template is missing or has no place for the statements. */
    void validate() {
        load();
    }

    String render(String topic, String actors, String statements) {
        return load().replace("{{topic}}", topic == null ? "(any: summarise each actor's overall stance)" : topic)
                .replace("{{actors}}", actors)
                .replace(STATEMENTS, statements);
    }

    private String load() {
        String template;
        try {
            template = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the positions prompt template " + path.toAbsolutePath(), e);
        }
        if (!template.contains(STATEMENTS)) {
            throw new IllegalStateException("the positions prompt template " + path.toAbsolutePath()
                    + " has no " + STATEMENTS + " placeholder");
        }
        return template;
    }
}
