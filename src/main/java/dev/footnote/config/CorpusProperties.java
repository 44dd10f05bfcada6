package dev.footnote.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the documents are, how they are cut into passages, and how the folder is watched.
 *
 * @param dir              the corpus folder: PDF, Word (.docx), OpenDocument (.odt), RTF, HTML, EPUB, text and Markdown, read recursively
 * @param maxPassageWords  a paragraph longer than this is split at sentence boundaries
 * @param maxFileSize      a larger file is skipped, and a larger upload is refused with 413
 * @param maxDocumentChars a file whose extracted text is longer is skipped (a decompression bomb, not a document)
 * @param maxUnpackedSize  a Word, OpenDocument or EPUB file that unpacks to more is skipped (a decompression bomb)
 * @param watch            whether the folder is watched while the server runs, so added, changed and removed files are picked up
 * @param watchInterval    how often the watched folder is looked at; a change is indexed once it held still for one interval
 * @param create           whether a corpus folder that does not exist is created at start; otherwise start-up stops and names it
 * @param maxFilesPerUpload the most files one upload request may carry; more are refused with 413
 */
@ConfigurationProperties(prefix = "footnote.corpus", ignoreUnknownFields = false)
public record CorpusProperties(@DefaultValue("corpus") Path dir, @DefaultValue("250") int maxPassageWords,
                               @DefaultValue("50MB") DataSize maxFileSize,
                               @DefaultValue("20000000") long maxDocumentChars,
                               @DefaultValue("500MB") DataSize maxUnpackedSize,
                               @DefaultValue("true") boolean watch,
                               @DefaultValue("2s") Duration watchInterval,
                               @DefaultValue("false") boolean create,
                               @DefaultValue("50") int maxFilesPerUpload) {

    public CorpusProperties {
        if (maxFilesPerUpload < 1) {
            throw new IllegalArgumentException("footnote.corpus.max-files-per-upload must be >= 1, was " + maxFilesPerUpload);
        }
    }
}
