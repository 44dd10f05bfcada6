package dev.footnote.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Blocks a reader would not quote (memo header lines, signatures, title pages, running headers and footers,
 * short lines without a verb) are not passages: they are the context of the passages they belong to.
 * The files are built here: a memo as Word, a report with a title page as PDF.
 */
class QuotablePassagesTest {

    private final CorpusReader reader = new CorpusReader(new PassageSplitter(250));

    @Test
    void aMemosHeaderLinesAndSignatureAreContextNotPassages() {
        Document document = reader.toDocument("memos/harbor-bridge.docx", DocumentFixtures.memo());

        assertThat(document.passages()).extracting(Passage::text).containsExactly(DocumentFixtures.MEMO_FINDING,
                "The bridge remains safe for cars, but trucks over 20 tonnes should be rerouted until the bearings are replaced.",
                "Repairs are estimated at 1.2 million dollars and would take about four months.");
        assertThat(document.passages()).allSatisfy(p -> assertThat(p.context()).contains(
                "MEMORANDUM", "To: Riverton City Council", "From: Daniel Kim, City Engineer", "Date: March 3, 2025",
                "Subject: Harbor Bridge inspection", "Sincerely,", "Daniel Kim, P.E., City Engineer",
                "Riverton Public Works Department"));
    }

    @Test
    void aReportsTitlePageRunningHeaderAndPageNumbersAreNotPassages() {
        Document document = reader.toDocument("reports/budget.pdf", DocumentFixtures.reportWithTitlePage());

        assertThat(document.passages()).extracting(Passage::text).containsExactly(
                "The total budget for FY2025 is 412.6 million dollars, up 3 percent from the year before.",
                "Spending on roads rises to 38 million dollars.",
                "Property taxes bring in 190 million dollars.");
        assertThat(document.passages()).extracting(Passage::page).containsExactly(2, 2, 3);
        assertThat(document.passages()).allSatisfy(p -> {
            assertThat(p.context()).contains("FY2025 Budget Report", "Riverton City Council", "Prepared by the Finance Department",
                    "March 2025", "Riverton FY2025 Budget Report");
            assertThat(p.context()).doesNotContain("Page 2 of 3");
        });
        // A short line without a verb between paragraphs (an unmarked heading) is the context of the passage below it only.
        assertThat(document.passages().get(2).context()).startsWith("Revenue\n");
        assertThat(document.passages().get(1).context()).doesNotContain("Revenue");
    }

    @Test
    void aShortSentenceWithAVerbStaysQuotableAndALabelDoesNot() {
        Document document = reader.toDocument("notes.md",
                "# Talks\n\nSerbia objected.\n\nKosovo delegation\n\nThe talks resumed in May after a pause of two weeks.\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(document.passages()).extracting(Passage::text)
                .containsExactly("Serbia objected.", "The talks resumed in May after a pause of two weeks.");
        assertThat(document.passages().get(1).context()).isEqualTo("Kosovo delegation");
        assertThat(document.passages().get(0).context()).isNull();
    }

    @Test
    void theRulesReadTheLinesAsAReaderWould() {
        assertThat(BlockRoles.isHeaderLine("Subject: Harbor Bridge inspection")).isTrue();
        assertThat(BlockRoles.isHeaderLine("CC: file")).isTrue();
        assertThat(BlockRoles.isHeaderLine("Note: the bridge is closed to trucks.")).isFalse();
        assertThat(BlockRoles.isClosing("Sincerely,")).isTrue();
        assertThat(BlockRoles.isClosing("Best regards")).isTrue();
        assertThat(BlockRoles.isClosing("Thanks, the committee approved the budget.")).isFalse();
        assertThat(BlockRoles.isFragment("Daniel Kim, P.E., City Engineer")).isTrue();
        assertThat(BlockRoles.isFragment("Daniel Kim, P.E.")).isTrue();
        assertThat(BlockRoles.isFragment("Harbor Bridge Inspection Report")).isTrue();
        assertThat(BlockRoles.isFragment("Serbia objected.")).isFalse();
        assertThat(BlockRoles.isFragment("Serbia objected")).isFalse();
        assertThat(BlockRoles.isFragment("Replace the bearings before winter")).isFalse();
        assertThat(BlockRoles.isFragment("Food is 400.")).isFalse();
    }
}
