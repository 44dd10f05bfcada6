package dev.footnote.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of the corpus folder, found but not yet read.
 *
 * @param path   the path relative to the corpus folder, with forward slashes
 * @param file   where to read it (a symbolic link already resolved inside the corpus folder)
 * @param format its format
 * @param size   its size in bytes
 */
public record CorpusFile(String path, Path file, DocumentFormat format, long size) {

    public CorpusFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
    }
}
