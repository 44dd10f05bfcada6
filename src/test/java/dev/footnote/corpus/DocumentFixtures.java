package dev.footnote.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds document files for tests (PDFBox writes the PDFs, POI the Word files): no binary fixtures in the repository. */
public final class DocumentFixtures {

    private DocumentFixtures() {
    }

    /** A PDF with a title and one page per entry; each page's lines are written one below the other. */
    public static byte[] pdf(String title, List<List<String>> pages) {
        return pdf(title, pages, null);
    }

    /** The same, protected by a user password when one is given. */
    public static byte[] pdf(String title, List<List<String>> pages, String userPassword) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                if (lines.isEmpty()) {
                    continue;
                }
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            content.showText(line);
                        }
                        content.newLineAtOffset(0, line.isEmpty() ? -28 : -15);
                    }
                    content.endText();
                }
            }
            if (title != null) {
                document.getDocumentInformation().setTitle(title);
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word file with a title; a paragraph starting with "# " becomes a Heading 1 paragraph. */
    public static byte[] docx(String title, List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title);
            // Word knows a heading by its style's name ("heading 1"), so the style must be defined.
            CTStyle heading = CTStyle.Factory.newInstance();
            heading.setStyleId("Heading1");
            heading.setType(STStyleType.PARAGRAPH);
            CTString name = CTString.Factory.newInstance();
            name.setVal("heading 1");
            heading.setName(name);
            document.createStyles().addStyle(new XWPFStyle(heading));
            for (String text : paragraphs) {
                XWPFParagraph paragraph = document.createParagraph();
                if (text.startsWith("# ")) {
                    paragraph.setStyle("Heading1");
                    paragraph.createRun().setText(text.substring(2));
                } else {
                    paragraph.createRun().setText(text);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finding of {@link #memo()}: the sentence a question about the inspection should quote. */
    public static final String MEMO_FINDING = "The inspection on February 20 found corrosion on 14 of the 62 steel bearings of the Harbor Bridge,"
            + " and two expansion joints are cracked.";

    /** A memo as a city engineer writes it: header lines, three paragraphs, a signature block. */
    public static byte[] memo() {
        return docx("Harbor Bridge memo", List.of(
                "MEMORANDUM",
                "To: Riverton City Council",
                "From: Daniel Kim, City Engineer",
                "Date: March 3, 2025",
                "Subject: Harbor Bridge inspection",
                MEMO_FINDING,
                "The bridge remains safe for cars, but trucks over 20 tonnes should be rerouted until the bearings are replaced.",
                "Repairs are estimated at 1.2 million dollars and would take about four months.",
                "Sincerely,",
                "Daniel Kim, P.E., City Engineer",
                "Riverton Public Works Department"));
    }

    /** A three-page budget report: a title page, then pages with a running header and a page footer. */
    public static byte[] reportWithTitlePage() {
        return pdf("FY2025 Budget Report", List.of(
                List.of("FY2025 Budget Report", "", "Riverton City Council", "", "Prepared by the Finance Department", "", "March 2025"),
                List.of("Riverton FY2025 Budget Report", "",
                        "The total budget for FY2025 is 412.6 million dollars, up 3 percent from the year before.", "",
                        "Spending on roads rises to 38 million dollars.", "", "Page 2 of 3"),
                List.of("Riverton FY2025 Budget Report", "", "Revenue", "",
                        "Property taxes bring in 190 million dollars.", "", "Page 3 of 3")));
    }

    /** A zip named like a Word file whose document inflates to {@code megabytes} of one letter: a decompression bomb. */
    public static byte[] zipBomb(int megabytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Override PartName="/word/document.xml"
                     ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Target="word/document.xml"
                     Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                    + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] filler = new byte[1 << 20];
            java.util.Arrays.fill(filler, (byte) 'a');
            for (int i = 0; i < megabytes; i++) {
                zip.write(filler);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** An HTML page whose article sits among navigation, a script, an aside and a footer. */
    public static String htmlWithNoise(String title, String heading, String article) {
        return """
                <!DOCTYPE html>
                <html><head><title>%s</title><script>var tracking = "NOISE script text";</script>
                <style>body { color: red; }</style></head>
                <body>
                <nav><a href="/">Home NOISE</a> <a href="/about">About NOISE</a></nav>
                <header><p>Site banner NOISE</p></header>
                <main><h1>%s</h1><p>%s</p></main>
                <aside><p>Related links NOISE</p></aside>
                <footer><p>Copyright NOISE 2024</p></footer>
                <script>document.write("NOISE from a script");</script>
                </body></html>
                """.formatted(title, heading, article);
    }
}
