package dev.footnote.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into headings and paragraphs, by format; Tika is loaded on first use only. */
final class DocumentParser {

    private final long maxChars;
    private final ZipBombGuard zipGuard;
    private volatile TikaDocumentParser tika;

    /**
     * @param maxChars         longer extracted text is refused
     * @param maxUnpackedBytes a zip-based document that unpacks to more is refused
     */
    DocumentParser(long maxChars, long maxUnpackedBytes) {
        this.maxChars = maxChars;
        this.zipGuard = new ZipBombGuard(maxUnpackedBytes);
    }

    ParsedText parse(DocumentFormat format, String fileName, byte[] bytes) {
        if (format.isPlainText()) {
            return PlainTextParser.parse(decodeUtf8(bytes), format == DocumentFormat.MARKDOWN);
        }
        if (bytes.length == 0) {
            throw UnreadableDocumentException.skip("is empty");
        }
        if (format.isZipPackage()) {
            zipGuard.check(bytes);
        }
        return tika().parse(format, fileName, bytes);
    }

    /**
     * A file's text as one string, for reading a draft rather than indexing it: a plain-text or Markdown file as it
     * stands (UTF-8), any other format its paragraphs with a blank line between, its headings as Markdown headings.
     */
    String text(DocumentFormat format, String fileName, byte[] bytes) {
        if (format.isPlainText()) {
            String text = decodeUtf8(bytes);
            if (text.length() > maxChars) {
                throw UnreadableDocumentException.skip("has more than " + maxChars + " characters of text");
            }
            return text;
        }
        StringBuilder text = new StringBuilder();
        for (TextBlock block : parse(format, fileName, bytes).blocks()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(block.heading() ? "# " : "").append(block.text());
        }
        return text.toString();
    }

    private TikaDocumentParser tika() {
        TikaDocumentParser parser = tika;
        if (parser == null) {
            synchronized (this) {
                if (tika == null) {
                    tika = new TikaDocumentParser(maxChars);
                }
                parser = tika;
            }
        }
        return parser;
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
            throw new UnreadableDocumentException("is not valid UTF-8 text");
        }
    }
}
