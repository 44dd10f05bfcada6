package dev.footnote.config;

import java.nio.file.Path;

/** The configured corpus folder does not exist (a mistyped path): start-up stops and says so. */
final class MissingCorpusFolderException extends IllegalStateException {

    private final Path dir;

    MissingCorpusFolderException(Path dir) {
        super("The corpus folder " + dir.toAbsolutePath() + " (footnote.corpus.dir) does not exist or is not a folder.");
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }
}
