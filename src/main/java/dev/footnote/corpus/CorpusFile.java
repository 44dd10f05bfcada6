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
 * @param modifiedMillis when it was last modified (milliseconds since the epoch), as listed; with the size, what a
 *                 restart compares before it reads and hashes the file; -1 when unknown
 */
public record CorpusFile(String path, Path file, DocumentFormat format, long size, long modifiedMillis) {

    public CorpusFile(String path, Path file, DocumentFormat format, long size) {
        this(path, file, format, size, -1);
    }

    public CorpusFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
    }
}
