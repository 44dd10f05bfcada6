package dev.footnote.check;

import java.util.List;

import dev.footnote.corpus.DocumentFormat;

/** A draft file of a format the corpus does not read (answered with 415, naming the formats it does). */
public final class UnsupportedDraftException extends RuntimeException {

    public UnsupportedDraftException(String fileName) {
        super("'" + fileName + "' is not a format Footnote reads; supported are "
                + String.join(", ", DocumentFormat.supportedExtensions()) + ".");
    }

    /** The extensions that are read, with their dot. */
    public static List<String> supported() {
        return DocumentFormat.supportedExtensions();
    }
}
