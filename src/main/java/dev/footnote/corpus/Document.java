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
 * @param title       the title from the file's metadata, else its first heading, else its file name
 * @param type        the format's short name ({@code pdf}, {@code docx}, {@code markdown}, …)
 * @param pages       the number of pages; 0 when the format has none
 */
public record Document(String id, String path, String contentHash, List<Passage> passages, String title, String type,
                       int pages) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
        passages = List.copyOf(passages);
        if (title == null || title.isBlank()) {
            title = fileTitle(path);
        }
        if (type == null || type.isBlank()) {
            type = DocumentFormat.of(path).map(DocumentFormat::label).orElse("text");
        }
        if (pages < 0) {
            throw new IllegalArgumentException("pages must be >= 0, was " + pages);
        }
    }

    /** A document whose title is its file name and whose type comes from its extension. */
    public Document(String id, String path, String contentHash, List<Passage> passages) {
        this(id, path, contentHash, passages, null, null, 0);
    }

    /** The file name without folders and extension: the title of last resort. */
    public static String fileTitle(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
