package dev.footnote.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the corpus folder: every supported format ({@link DocumentFormat}), recursively, in path order,
 * one file at a time so that a large folder never sits in memory whole. A file that cannot be read
 * is logged and skipped; the rest still load.
 */
public final class CorpusReader {

    private static final Logger log = LoggerFactory.getLogger(CorpusReader.class);

    private final PassageSplitter splitter;
    private final DocumentParser parser;
    private final long maxFileBytes;

    /**
     * @param maxFileBytes     a larger file is skipped
     * @param maxChars         a file whose text is longer is skipped (a decompression bomb, not a document)
     * @param maxUnpackedBytes a Word, OpenDocument or EPUB file that unpacks to more is skipped
     */
    public CorpusReader(PassageSplitter splitter, long maxFileBytes, long maxChars, long maxUnpackedBytes) {
        this.splitter = splitter;
        this.parser = new DocumentParser(maxChars, maxUnpackedBytes);
        this.maxFileBytes = maxFileBytes;
    }

    /** A reader with no size limits beyond the JVM's: for tests and evaluation. */
    public CorpusReader(PassageSplitter splitter) {
        this(splitter, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** What was read, and what had to be skipped (path relative to the corpus, and why). */
    public record Result(List<Document> documents, List<Skipped> skipped) {
    }

    public record Skipped(String path, String reason) {
    }

    /** Reads the whole folder at once: for small corpora and tests; indexing streams with {@link #list} and {@link #read(CorpusFile)}. */
    public Result read(Path corpusDir) {
        CorpusFolder.Listing listing = list(corpusDir);
        List<Document> documents = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>(listing.skipped());
        for (CorpusFile file : listing.files()) {
            try {
                documents.add(read(file));
            } catch (UnreadableDocumentException e) {
                skipped.add(skip(file.path(), e.getMessage()));
            }
        }
        return new Result(documents, skipped);
    }

    /** The supported files of the folder, in path order, and what was passed over (and why). */
    public CorpusFolder.Listing list(Path corpusDir) {
        return CorpusFolder.list(corpusDir);
    }

    /** The bytes of a listed file, refused when over the size limit. */
    public byte[] bytes(CorpusFile file) {
        if (file.size() > maxFileBytes) {
            throw tooLarge();
        }
        try {
            byte[] bytes = Files.readAllBytes(file.file());
            if (bytes.length > maxFileBytes) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot be read: " + e.getMessage(), e);
        }
    }

    private UnreadableDocumentException tooLarge() {
        return UnreadableDocumentException.skip("is larger than the limit of " + maxFileBytes + " bytes (footnote.corpus.max-file-size)");
    }

    /** Reads and parses one listed file. */
    public Document read(CorpusFile file) {
        return toDocument(file.path(), bytes(file));
    }

    /**
     * Builds a document from a file's bytes, parsed by the format its extension names.
     *
     * @throws UnreadableDocumentException when the file cannot be parsed (the message says why)
     */
    public Document toDocument(String relativePath, byte[] bytes) {
        DocumentFormat format = DocumentFormat.of(relativePath)
                .orElseThrow(() -> new UnreadableDocumentException("is not a supported format; supported are "
                        + String.join(", ", DocumentFormat.supportedExtensions())));
        ParsedText parsed = parser.parse(format, relativePath, bytes);
        String title = parsed.title() != null ? parsed.title()
                : parsed.firstHeading() != null ? parsed.firstHeading() : Document.fileTitle(relativePath);
        String documentId = StableIds.documentId(relativePath);
        List<Passage> passages = new ArrayList<>();
        for (PassageSplitter.Piece piece : splitter.split(parsed, title)) {
            int ordinal = passages.size();
            passages.add(new Passage(StableIds.passageId(documentId, ordinal, piece.text()), documentId, ordinal,
                    piece.text(), piece.source(), piece.page() > 0 ? piece.page() : null, piece.section(), piece.context()));
        }
        return new Document(documentId, relativePath, StableIds.sha256(bytes), passages, title, format.label(), parsed.pages());
    }

    /**
     * The text of a file that is not indexed but read as it is (a draft sent to be checked), through the corpus's
     * parsers and limits: a plain-text or Markdown file as it stands, any other format its paragraphs with a blank
     * line between and its headings as Markdown headings ({@code # …}).
     *
     * @throws UnreadableDocumentException for an unsupported format, a file over the size limit, or one that cannot be read
     */
    public String text(String fileName, byte[] bytes) {
        DocumentFormat format = DocumentFormat.of(fileName)
                .orElseThrow(() -> new UnreadableDocumentException("is not a supported format; supported are "
                        + String.join(", ", DocumentFormat.supportedExtensions())));
        if (bytes.length > maxFileBytes) {
            throw tooLarge();
        }
        return parser.text(format, fileName, bytes);
    }

    private static Skipped skip(String path, String reason) {
        log.warn("Skipping corpus file {}: {}", path, reason);
        return new Skipped(path, reason);
    }
}
