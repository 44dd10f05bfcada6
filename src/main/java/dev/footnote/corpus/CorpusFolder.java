package dev.footnote.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the corpus folder without ever leaving it: symbolic links are resolved and followed only
 * when they point inside the folder, unreadable subfolders are skipped with a warning, hidden files
 * (and files being written, which uploads name with a leading dot) are passed over.
 */
public final class CorpusFolder {

    private static final Logger log = LoggerFactory.getLogger(CorpusFolder.class);

    private CorpusFolder() {
    }

    /** The supported files, in path order, and what was skipped with a reason. */
    public record Listing(List<CorpusFile> files, List<CorpusReader.Skipped> skipped) {

        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    public static Listing list(Path corpusDir) {
        return list(corpusDir, true);
    }

    /** @param warn whether to log what is skipped (the watcher looks every few seconds and stays quiet) */
    public static Listing list(Path corpusDir, boolean warn) {
        if (!Files.isDirectory(corpusDir)) {
            throw new IllegalArgumentException("corpus folder does not exist or is not a folder: " + corpusDir.toAbsolutePath());
        }
        Path root = realPath(corpusDir);
        List<CorpusFile> files = new ArrayList<>();
        List<CorpusReader.Skipped> skipped = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Optional<DocumentFormat> format = DocumentFormat.of(file.getFileName().toString());
                    if (format.isEmpty()) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = relative(root, file);
                    if (attrs.isSymbolicLink()) {
                        resolveLink(root, file, relative, format.get(), files, skipped, warn);
                    } else if (attrs.isRegularFile()) {
                        files.add(new CorpusFile(relative, file, format.get(), attrs.size(), attrs.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // An unreadable subfolder (or file) is skipped; the rest of the corpus still loads.
                    String relative = relative(root, file);
                    if (warn) {
                        log.warn("Skipping {} in the corpus folder: cannot be read ({})", relative, e.getClass().getSimpleName());
                    }
                    skipped.add(new CorpusReader.Skipped(relative, "cannot be read: " + e.getClass().getSimpleName()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus folder " + corpusDir.toAbsolutePath(), e);
        }
        files.sort(Comparator.comparing(CorpusFile::path));
        return new Listing(files, skipped);
    }

    private static void resolveLink(Path root, Path link, String relative, DocumentFormat format,
                                    List<CorpusFile> files, List<CorpusReader.Skipped> skipped, boolean warn) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(root)) {
                if (warn) {
                    log.warn("Skipping {}: a symbolic link to {} outside the corpus folder, which is never read", relative, target);
                }
                skipped.add(new CorpusReader.Skipped(relative, "is a link outside the corpus folder"));
            } else if (Files.isRegularFile(target)) {
                files.add(new CorpusFile(relative, target, format, Files.size(target), Files.getLastModifiedTime(target).toMillis()));
            }
        } catch (IOException e) {
            if (warn) {
                log.warn("Skipping {}: a broken symbolic link ({})", relative, e.getClass().getSimpleName());
            }
            skipped.add(new CorpusReader.Skipped(relative, "is a broken link"));
        }
    }

    /** Whether a relative path lies inside the corpus folder once resolved (no "..", no absolute path). */
    public static boolean isInside(Path corpusDir, Path candidate) {
        Path root = corpusDir.toAbsolutePath().normalize();
        return candidate.toAbsolutePath().normalize().startsWith(root);
    }

    private static boolean isHidden(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        // "~$" marks Office lock files, which share the document's extension.
        return name.startsWith(".") || name.startsWith("~$");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve the corpus folder " + dir.toAbsolutePath(), e);
        }
    }
}
