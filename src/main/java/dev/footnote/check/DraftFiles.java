package dev.footnote.check;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.DocumentFormat;
import dev.footnote.corpus.UnreadableDocumentException;

/**
 * Reads a draft sent as a file ({@code .txt}, {@code .md}, {@code .docx}, {@code .pdf} and the corpus's other formats)
 * into the text to check, through the parsers and limits the corpus uses, so that a dropped Word file reads as it
 * would once indexed. The format is told by the file name's extension, as in the corpus.
 */
public final class DraftFiles {

    private final CorpusReader reader;
    private final int maxChars;

    /**
     * @param reader   the corpus's reader (its parsers and limits)
     * @param maxChars a draft with more text cannot be checked at once ({@code footnote.check.max-chars})
     */
    public DraftFiles(CorpusReader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /**
     * The file's text.
     *
     * @throws InvalidCheckException     when the file has no name
     * @throws UnsupportedDraftException for a format the corpus does not read
     * @throws UnreadableDraftException  for an empty, corrupt or protected file, or one without text
     * @throws CheckTooLongException    for a text over {@code footnote.check.max-chars}
     */
    public DraftText read(String fileName, byte[] bytes) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidCheckException("Name the file, e.g. POST /api/check/text?name=draft.docx: its extension tells its format.");
        }
        DocumentFormat format = DocumentFormat.of(fileName).orElseThrow(() -> new UnsupportedDraftException(fileName));
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDraftException("'" + fileName + "' is empty.");
        }
        String text;
        try {
            text = reader.text(fileName, bytes);
        } catch (UnreadableDocumentException e) {
            throw new UnreadableDraftException("'" + fileName + "' " + e.getMessage() + ".");
        }
        if (text.isBlank()) {
            throw new UnreadableDraftException("'" + fileName + "' " + format.noTextReason() + ".");
        }
        if (text.length() > maxChars) {
            throw new CheckTooLongException("'" + fileName + "' holds " + text.length() + " characters of text; at most "
                    + maxChars + " are checked at once (footnote.check.max-chars). Split it and check the parts.");
        }
        return new DraftText(fileName, format.label(), text);
    }

    /**
     * A draft's text as read from its file.
     *
     * @param fileName the name it was sent with
     * @param format   its format ({@code text}, {@code markdown}, {@code docx}, {@code pdf}, …)
     * @param text     plain text and Markdown as they stand; other formats' paragraphs with a blank line between, headings as {@code # …}
     */
    public record DraftText(String fileName, String format, String text) {
    }
}
