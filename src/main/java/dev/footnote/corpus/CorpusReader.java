package dev.footnote.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the corpus folder: {@code .txt} and {@code .md} files, recursively, in path order.
 * A file that cannot be read or is not valid UTF-8 is logged and skipped; the rest still load.
 */
public final class CorpusReader {

    private static final Logger log = LoggerFactory.getLogger(CorpusReader.class);
    private static final Set<String> EXTENSIONS = Set.of(".txt", ".md");

    private final PassageSplitter splitter;

    public CorpusReader(PassageSplitter splitter) {
        this.splitter = splitter;
    }

    /** What was read, and what had to be skipped (path relative to the corpus, and why). */
    public record Result(List<Document> documents, List<Skipped> skipped) {
    }

    public record Skipped(String path, String reason) {
    }

    public Result read(Path corpusDir) {
        if (!Files.isDirectory(corpusDir)) {
            throw new IllegalArgumentException("corpus folder does not exist or is not a folder: " + corpusDir.toAbsolutePath());
        }
        List<Document> documents = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path file : listFiles(corpusDir)) {
            String relative = corpusDir.relativize(file).toString().replace('\\', '/');
            try {
                byte[] bytes = Files.readAllBytes(file);
                documents.add(toDocument(relative, bytes));
            } catch (IOException e) {
                skip(skipped, relative, "cannot be read: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                skip(skipped, relative, e.getMessage());
            }
        }
        return new Result(documents, skipped);
    }

    /** Builds a document from a file's bytes; the bytes must be UTF-8. */
    public Document toDocument(String relativePath, byte[] bytes) {
        String text = decodeUtf8(bytes);
        String documentId = StableIds.documentId(relativePath);
        List<Passage> passages = new ArrayList<>();
        for (PassageSplitter.Piece piece : splitter.split(text)) {
            int ordinal = passages.size();
            passages.add(new Passage(StableIds.passageId(documentId, ordinal, piece.text()),
                    documentId, ordinal, piece.text(), piece.source()));
        }
        return new Document(documentId, relativePath, StableIds.sha256(bytes), passages);
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("is not valid UTF-8 text");
        }
    }

    private static List<Path> listFiles(Path corpusDir) {
        try (Stream<Path> paths = Files.walk(corpusDir)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.stream().anyMatch(ext -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus folder " + corpusDir.toAbsolutePath(), e);
        }
    }

    private static void skip(List<Skipped> skipped, String path, String reason) {
        log.warn("Skipping corpus file {}: {}", path, reason);
        skipped.add(new Skipped(path, reason));
    }
}
