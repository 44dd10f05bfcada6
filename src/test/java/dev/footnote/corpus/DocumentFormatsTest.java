package dev.footnote.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each format through the reader, with fixtures built in the test. */
class DocumentFormatsTest {

    private final CorpusReader reader = new CorpusReader(new PassageSplitter(250), 50_000_000, 5_000_000, 20_000_000);

    @Test
    void aPdfPassageKnowsItsPageAndItsWrappedLinesAreOneParagraph() {
        byte[] pdf = DocumentFixtures.pdf("Annual Report 2024", List.of(
                List.of("The first page is about the weather in spring."),
                List.of("The committee approved the budget of forty-two million", "euros for the new bridge, after a long exam-",
                        "ination of the tenders.")));

        Document document = reader.toDocument("reports/annual.pdf", pdf);

        assertThat(document.title()).isEqualTo("Annual Report 2024");
        assertThat(document.type()).isEqualTo("pdf");
        assertThat(document.pages()).isEqualTo(2);
        Passage answer = document.passages().stream().filter(p -> p.text().contains("bridge")).findFirst().orElseThrow();
        assertThat(answer.text()).isEqualTo("The committee approved the budget of forty-two million euros for the new bridge, "
                + "after a long examination of the tenders.");
        assertThat(answer.page()).isEqualTo(2);
        assertThat(answer.source()).isEqualTo("Annual Report 2024, p. 2");
        assertThat(document.passages().get(0).page()).isEqualTo(1);
    }

    @Test
    void aWordFileGivesItsTitleAndItsHeadingsBecomeSections() {
        byte[] docx = DocumentFixtures.docx("Travel Policy", List.of(
                "# Expenses", "Hotel costs are refunded up to 120 euros a night.", "Taxis need a receipt."));

        Document document = reader.toDocument("policy.docx", docx);

        assertThat(document.title()).isEqualTo("Travel Policy");
        assertThat(document.type()).isEqualTo("docx");
        assertThat(document.passages()).extracting(Passage::text)
                .containsExactly("Hotel costs are refunded up to 120 euros a night.", "Taxis need a receipt.");
        assertThat(document.passages()).allSatisfy(p -> {
            assertThat(p.section()).isEqualTo("Expenses");
            assertThat(p.source()).isEqualTo("Travel Policy");
            assertThat(p.page()).isNull();
        });
    }

    @Test
    void anHtmlPageGivesItsMainTextOnlyWithoutNavigationScriptsOrFooters() {
        String html = DocumentFixtures.htmlWithNoise("Saved page", "Rivers", "The Danube flows into the Black Sea.");

        Document document = reader.toDocument("saved/page.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(document.title()).isEqualTo("Saved page");
        assertThat(document.passages()).extracting(Passage::text).containsExactly("The Danube flows into the Black Sea.");
        assertThat(document.passages().get(0).section()).isEqualTo("Rivers");
        assertThat(document.passages()).noneMatch(p -> p.text().contains("NOISE"));
    }

    @Test
    void rtfIsRead() {
        String rtf = "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard The harbour closes at midnight.\\par}";

        Document document = reader.toDocument("notes.rtf", rtf.getBytes(StandardCharsets.US_ASCII));

        assertThat(document.passages()).extracting(Passage::text).containsExactly("The harbour closes at midnight.");
        assertThat(document.type()).isEqualTo("rtf");
    }

    @Test
    void markdownHeadingsAreSectionsNotPassagesAndTheFirstHeadingIsTheTitle() {
        String md = "# Household budget\n\nIntro line.\n\n## Expenses\n\nRent is 900 a month.\n\nFood is 400.\n";

        Document document = reader.toDocument("budget.md", md.getBytes(StandardCharsets.UTF_8));

        assertThat(document.title()).isEqualTo("Household budget");
        assertThat(document.passages()).extracting(Passage::text).containsExactly("Intro line.", "Rent is 900 a month.", "Food is 400.");
        assertThat(document.passages()).extracting(Passage::section).containsExactly("Household budget", "Expenses", "Expenses");
        assertThat(document.passages()).extracting(Passage::source).containsOnly("Household budget");
    }

    @Test
    void plainTextWithoutTrailersIsSourcedByItsFileName() {
        Document document = reader.toDocument("notes/minutes-march.txt", "We met on Tuesday.".getBytes(StandardCharsets.UTF_8));

        assertThat(document.passages().get(0).source()).isEqualTo("minutes-march");
    }

    @Test
    void aPasswordProtectedPdfIsSkippedWithItsReason() {
        byte[] pdf = DocumentFixtures.pdf("Secret", List.of(List.of("Hidden text.")), "pw");

        assertThatThrownBy(() -> reader.toDocument("secret.pdf", pdf))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.skipped()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("is password-protected");
                });
    }

    @Test
    void aPdfWithoutTextGivesNoPassages() {
        byte[] scanned = DocumentFixtures.pdf(null, List.of(List.of()));

        assertThat(reader.toDocument("scan.pdf", scanned).passages()).isEmpty();
    }

    @Test
    void aCorruptPdfFailsWithItsReason() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> reader.toDocument("broken.pdf", broken))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.skipped()).isFalse();
                    assertThat(e.getMessage()).startsWith("cannot be parsed");
                });
    }

    @Test
    void aZipBombNamedDocxIsRefused() {
        byte[] bomb = DocumentFixtures.zipBomb(40);

        assertThatThrownBy(() -> reader.toDocument("bomb.docx", bomb))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("bomb");
    }

    @Test
    void emptyAndUnsupportedFilesAreRefusedWithTheirReasons() {
        assertThatThrownBy(() -> reader.toDocument("empty.pdf", new byte[0]))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.getMessage()).isEqualTo("is empty"));
        assertThat(reader.toDocument("empty.txt", new byte[0]).passages()).isEmpty();
        assertThatThrownBy(() -> reader.toDocument("tool.exe", new byte[] {1, 2}))
                .hasMessageContaining("not a supported format").hasMessageContaining(".pdf").hasMessageContaining(".docx");
    }
}
