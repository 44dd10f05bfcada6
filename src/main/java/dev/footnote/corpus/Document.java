package dev.footnote.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A corpus file, split into passages.
 *
 * @param id          stable id derived from the path relative to the corpus folder
 * @param path        the path relative to the corpus folder, with forward slashes
 * @param contentHash SHA-256 of the file's bytes; re-indexing is skipped while it is unchanged
 * @param passages    the passages in reading order
 */
public record Document(String id, String path, String contentHash, List<Passage> passages) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
        passages = List.copyOf(passages);
    }
}
