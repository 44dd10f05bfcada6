package dev.footnote.corpus;

import java.io.IOException;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

/**
 * PDF, Word, OpenDocument, RTF, HTML and EPUB through Apache Tika (PDFBox for PDF, POI for Office).
 * Embedded attachments are not read and no OCR is run: a scanned PDF has no text to quote.
 * Tika's {@link AutoDetectParser} guards against decompression bombs; the text is capped as well.
 */
final class TikaDocumentParser {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final long maxChars;

    TikaDocumentParser(long maxChars) {
        this.maxChars = maxChars;
    }

    ParsedText parse(DocumentFormat format, String fileName, byte[] bytes) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        // The extension decides the parser: content sniffing would read a text file named .pdf as text,
        // or a zip archive named .docx as a list of its entries.
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, format.mediaType());
        BlockContentHandler handler = new BlockContentHandler(maxChars);
        try (TikaInputStream input = TikaInputStream.get(bytes)) {
            parser.parse(input, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw UnreadableDocumentException.skip("is password-protected", e);
        } catch (ZeroByteFileException e) {
            throw UnreadableDocumentException.skip("is empty", e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw new UnreadableDocumentException("cannot be parsed: " + rootMessage(e), e);
        }
        return new ParsedText(metadata.get(TikaCoreProperties.TITLE), handler.pages(), handler.blocks());
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        // Keep every HTML element (nav, footer, aside…) so that the handler can drop the boilerplate ones.
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
