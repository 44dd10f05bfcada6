package dev.footnote.index.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexFolderLockedException;
import dev.footnote.index.PassageVectors;

/**
 * The folder that holds a {@link LucenePassageIndex}: opening it to write (created, or rebuilt when its schema or
 * embedding model differs) or to read only (as it is, or an error naming the folder), and its size on disk.
 */
final class LuceneIndexFolder {

    /** The index's own logger, so that its rebuild messages keep the name they have always been logged under. */
    private static final Logger log = LoggerFactory.getLogger(LucenePassageIndex.class);

    private LuceneIndexFolder() {
    }

    /** See {@link LucenePassageIndex#open(Path, FootnoteAnalyzer, Similarity, PassageVectors)}. */
    static LucenePassageIndex openToWrite(Path dir, FootnoteAnalyzer analyzer, Similarity similarity, PassageVectors vectors) {
        try {
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            Optional<String> damaged = IndexDamage.marked(dir);
            Optional<String> mismatch = damaged.isPresent() ? Optional.of("a read found it damaged (" + damaged.get() + ")")
                    : identityMismatch(directory, vectors);
            boolean matches = mismatch.isEmpty();
            IndexWriterConfig.OpenMode mode = matches ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE;
            List<String> carried = matches ? List.of() : carriedExclusions(directory);
            mismatch.ifPresent(why -> log.info("Rebuilding the index in {} from the corpus: {}", dir.toAbsolutePath(), why));
            if (!carried.isEmpty()) {
                log.info("Rebuilding the index in {}: its {} excluded files stay excluded", dir.toAbsolutePath(), carried.size());
            }
            LucenePassageIndex index;
            try {
                index = new LucenePassageIndex(dir, directory, mode, analyzer, similarity, vectors, carried);
            } catch (CorruptIndexException | EOFException | NoSuchFileException e) {
                // A file of the last commit is damaged or missing (a disk fault, a copy cut short): the corpus holds
                // every passage, so the index is made again from it rather than left unable to start. Even a writer
                // that creates reads the last commit, so the folder is emptied first.
                log.warn("Rebuilding the index in {} from the corpus: one of its files is damaged or missing ({})",
                        dir.toAbsolutePath(), e.toString());
                List<String> kept = mode == IndexWriterConfig.OpenMode.CREATE ? carried : carriedExclusions(directory);
                empty(directory);
                index = new LucenePassageIndex(dir, directory, IndexWriterConfig.OpenMode.CREATE, analyzer, similarity, vectors, kept);
            }
            if (damaged.isPresent()) {
                // The writer opened in CREATE mode reads none of the old files; should the process stop before its
                // first commit, the old commit is read again, and the damage found again, at the next start.
                IndexDamage.clearMark(dir);
            }
            return index;
        } catch (LockObtainFailedException e) {
            throw new IndexFolderLockedException(dir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index folder " + dir.toAbsolutePath(), e);
        }
    }

    /** Why the folder's index must be rebuilt: another schema or model, or a damaged or missing file of its last commit. */
    private static Optional<String> identityMismatch(Directory directory, PassageVectors vectors) throws IOException {
        try {
            return IndexIdentity.mismatch(directory, vectors);
        } catch (CorruptIndexException | EOFException | NoSuchFileException e) {
            return Optional.of("one of its files is damaged or missing (" + e + ")");
        }
    }

    /** Deletes the index's files from the folder (Lucene's by their names, and the damage marker), under its write lock. */
    private static void empty(Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String file : directory.listAll()) {
                // Anything else in the folder is left alone: footnote.index.dir may point at a folder of other files.
                if (file.startsWith(IndexFileNames.SEGMENTS) || file.startsWith(IndexFileNames.PENDING_SEGMENTS)
                        || IndexFileNames.CODEC_FILE_PATTERN.matcher(file).matches() || file.equals(IndexDamage.MARKER)) {
                    directory.deleteFile(file);
                }
            }
        }
    }

    /** The exclusions of the commit being replaced; none if its damage reaches them too. */
    private static List<String> carriedExclusions(Directory directory) throws IOException {
        try {
            return LuceneRecords.exclusionsOfLatestCommit(directory);
        } catch (CorruptIndexException | EOFException | NoSuchFileException e) {
            log.warn("The excluded files of the damaged index cannot be read ({}); the rebuild indexes every file", e.getMessage());
            return List.of();
        }
    }

    /** See {@link LucenePassageIndex#openReadOnly}. */
    static LucenePassageIndex openToRead(Path dir, FootnoteAnalyzer analyzer, float bm25K1, float bm25B, PassageVectors vectors) {
        Directory directory = null;
        try {
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("there is no index folder " + dir.toAbsolutePath()
                        + " (footnote.index.dir): start the server once over the corpus to index it");
            }
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new IllegalStateException("the folder " + dir.toAbsolutePath()
                        + " (footnote.index.dir) holds no index: start the server once over the corpus to index it");
            }
            Optional<String> mismatch = IndexIdentity.mismatch(directory, vectors);
            if (mismatch.isPresent()) {
                throw new IllegalStateException("the index in " + dir.toAbsolutePath() + " cannot be read with these settings ("
                        + mismatch.get() + "); read-only, it cannot be rebuilt: run with the server's settings");
            }
            return new LucenePassageIndex(dir, directory, null, analyzer, new BM25Similarity(bm25K1, bm25B), vectors, List.of());
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot read the index folder " + dir.toAbsolutePath(), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    private static void closeQuietly(Directory directory) {
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException ignored) {
            // the error that got us here is the one to report
        }
    }

    /** Bytes the index takes on disk. */
    static long sizeOnDisk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the index folder " + dir.toAbsolutePath(), e);
        }
    }
}
