package dev.footnote.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folders Footnote relies on at start: the corpus folder (which must exist unless
 * {@code footnote.corpus.create=true}: a mistyped path would otherwise serve an empty corpus with
 * health UP), and the temporary folder of uploads beside the index, emptied at each start so that
 * what a killed upload left behind does not pile up.
 */
final class CorpusFolders {

    static final String UPLOAD_TEMP = "upload-tmp";

    private CorpusFolders() {
    }

    static Path corpus(CorpusProperties corpus) {
        Path dir = corpus.dir();
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (!corpus.create() || Files.exists(dir)) {
            throw new MissingCorpusFolderException(dir);
        }
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the corpus folder " + dir.toAbsolutePath() + " (footnote.corpus.create)", e);
        }
    }

    /** The uploads' temporary folder under the data folder (the index folder's parent), emptied. */
    static Path emptyUploadTemp(IndexProperties index) {
        Path parent = index.dir().toAbsolutePath().getParent();
        Path temp = (parent == null ? index.dir().toAbsolutePath() : parent).resolve(UPLOAD_TEMP);
        try {
            if (Files.isDirectory(temp)) {
                try (Stream<Path> files = Files.walk(temp)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        if (!p.equals(temp)) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            }
            return Files.createDirectories(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the upload folder " + temp, e);
        }
    }
}
