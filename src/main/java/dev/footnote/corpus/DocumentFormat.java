package dev.footnote.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats the corpus reads, recognised by file extension. */
public enum DocumentFormat {

    TEXT("text", "text/plain", "txt"),
    MARKDOWN("markdown", "text/markdown", "md", "markdown"),
    PDF("pdf", "application/pdf", "pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("odt", "application/vnd.oasis.opendocument.text", "odt"),
    RTF("rtf", "application/rtf", "rtf"),
    HTML("html", "text/html", "html", "htm", "xhtml"),
    EPUB("epub", "application/epub+zip", "epub");

    private final String label;
    private final String mediaType;
    private final List<String> extensions;

    DocumentFormat(String label, String mediaType, String... extensions) {
        this.label = label;
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** The media type the file is parsed as: its extension decides, so a zip named .docx is parsed (and refused) as Word. */
    String mediaType() {
        return mediaType;
    }

    /** The short name shown in the documents list ({@code pdf}, {@code docx}, …). */
    public String label() {
        return label;
    }

    /** Whether the file is a zip archive of parts (Word, OpenDocument, EPUB), checked for decompression bombs. */
    boolean isZipPackage() {
        return this == DOCX || this == ODT || this == EPUB;
    }

    /** Whether the text is read as UTF-8 by Footnote itself rather than by Tika. */
    boolean isPlainText() {
        return this == TEXT || this == MARKDOWN;
    }

    /**
     * Why a file of this format that parsed without error gave no passages, in words fit for a user:
     * only a PDF can be a scan (pages as images); any other format simply held no text that its parser reads.
     */
    public String noTextReason() {
        return this == PDF ? "has no text to index (its pages hold no text layer: a scanned PDF needs OCR, which Footnote does not run)"
                : "has no text to index (the " + label + " parser found no readable text in it)";
    }

    /** The format of a file name, by its extension; empty when the corpus does not read it. */
    public static Optional<DocumentFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** Every supported extension, with a dot, for messages such as "415: supported are …". */
    public static List<String> supportedExtensions() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList();
    }
}
