package dev.footnote.llm;

import java.nio.file.Path;

/** A prompt file is missing, unreadable, empty or has the wrong placeholders; the message names it. */
public final class PromptFileException extends IllegalStateException {

    private final Path path;

    public PromptFileException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
