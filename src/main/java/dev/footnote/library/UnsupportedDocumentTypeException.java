package dev.footnote.library;

import java.util.List;

import dev.footnote.corpus.DocumentFormat;

/** An upload of a format the corpus does not read (answered with 415, naming the supported ones). */
public final class UnsupportedDocumentTypeException extends RuntimeException {

    UnsupportedDocumentTypeException(String fileName) {
        super("'" + fileName + "' is not a supported document type; supported are " + String.join(", ", supported()) + ".");
    }

    public static List<String> supported() {
        return DocumentFormat.supportedExtensions();
    }
}
