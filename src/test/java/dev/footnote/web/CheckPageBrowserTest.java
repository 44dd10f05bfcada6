package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.footnote.corpus.DocumentFixtures;

/**
 * The Check tab over the seed corpus: a pasted briefing comes back with each sentence tinted by its verdict, the
 * unbacked words underlined, markers that open the source panel on the quote, the counts on top, and the text as
 * Markdown with footnotes. Desktop and phone; the screenshots are kept in {@code docs/screenshots/check-*.png}.
 */
@FootnoteServerTest
class CheckPageBrowserTest extends PageBrowserTestBase {

    static final Path DOCS = Path.of("docs", "screenshots");
    static final String SUPPORTED = "The United States and the European Union issued a joint communique urging an immediate"
            + " de-escalation in the Kosovo dispute.";
    static final String NEGATED = "Milos Vucevic said that the armed forces and police are not prepared to respond.";
    static final String INVENTED = "The Chinese navy delivered eleven submarines to Pristina in March.";
    static final String BRIEFING = "Kosovo briefing\n\n" + SUPPORTED + " " + NEGATED + "\n" + INVENTED + "\n";

    @Test
    void aPastedBriefingComesBackTintedUnderlinedAndCited() throws Exception {
        List<WebElement> sentences = check(DESKTOP);

        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0).getAttribute("class")).contains("verdict-supported");
        assertThat(sentences.get(0).getText()).startsWith(SUPPORTED).contains("[1]");
        assertThat(sentences.get(1).getAttribute("class")).contains("verdict-not_supported");
        assertThat(sentences.get(2).getAttribute("class")).contains("verdict-not_supported");
        assertThat(sentences.get(2).findElements(By.cssSelector("u.check-unsupported")).get(0).getText()).contains("submarines");
        assertThat(sentences.get(2).findElements(By.cssSelector("a.cite"))).isEmpty();
        // The tint is there to see: a supported sentence and an unsupported one have different backgrounds.
        assertThat(sentences.get(0).getCssValue("background-color")).isNotEqualTo(sentences.get(2).getCssValue("background-color"));
        // The whole text comes back, heading included, in its order.
        assertThat(browser.findElement(By.cssSelector("#check-result .check-text")).getText()).startsWith("Kosovo briefing");
        List<String> counts = browser.findElements(By.cssSelector("#check-counts .check-count")).stream().map(WebElement::getText).toList();
        assertThat(counts).containsExactly("1 supported", "0 partially supported", "2 not supported");
        assertThat(horizontalOverflow()).isFalse();

        sentences.get(0).findElement(By.cssSelector("a.cite")).click();
        WebElement quote = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-quote")));
        assertThat(quote.getText()).contains("joint communique urging an immediate");
        assertThat(browser.findElement(By.id("panel-title")).getText()).isEqualTo("Source of [1]");
        keep("check-desktop");

        String markdown = (String) browser.executeScript("return window.FootnoteCheck.markdown()");
        assertThat(markdown).startsWith("Kosovo briefing\n\n" + SUPPORTED + "[^1]");
        assertThat(markdown).contains(INVENTED + "\n").doesNotContain(INVENTED + "[^");
        assertThat(markdown).containsPattern("\\n\\[\\^1\\]: .+ — “[^”]*joint communique urging an immediate");
        browser.findElement(By.id("check-copy")).click();
        String status = waitFor().until(d -> {
            String s = d.findElement(By.id("check-status")).getText();
            return s.isEmpty() ? null : s;
        });
        if (status.startsWith("The browser refused")) {
            assertThat(browser.findElement(By.id("check-markdown")).getAttribute("value")).isEqualTo(markdown);
        } else {
            assertThat(status).isEqualTo("Copied as Markdown with footnotes.");
        }
    }

    @Test
    void onAPhoneTheReportFitsTheWidth() throws Exception {
        List<WebElement> sentences = check(PHONE);

        assertThat(sentences).hasSize(3);
        assertThat(horizontalOverflow()).isFalse();
        WebElement counts = browser.findElement(By.id("check-counts"));
        assertThat(counts.getRect().getWidth()).isLessThanOrEqualTo(390);
        keep("check-phone");
    }

    @Test
    void aBlankTextIsNotSentAndAServerRefusalIsShown() {
        open(DESKTOP);
        browser.findElement(By.id("tab-check")).click();
        browser.findElement(By.id("check-run")).click();
        assertThat(browser.findElement(By.id("check-status")).getText()).isEqualTo("Paste a text to check first.");

        browser.executeScript("document.getElementById('check-input').removeAttribute('maxlength');"
                + "document.getElementById('check-input').value = 'word '.repeat(4001);");
        browser.findElement(By.id("check-run")).click();
        WebElement error = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).contains("20000");
    }

    /** The briefing as a Word file: a heading, then the three sentences as paragraphs. */
    static byte[] briefingDocx() {
        return DocumentFixtures.docx("Kosovo briefing", List.of("# Kosovo briefing", SUPPORTED + " " + NEGATED, INVENTED));
    }

    @Test
    void aDroppedWordFileIsReadAndChecked() throws Exception {
        open(DESKTOP);
        browser.findElement(By.id("tab-check")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("check-input")));
        // A drop as the browser makes one: a DataTransfer holding the file, dispatched on the form.
        browser.executeScript("""
                const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                const transfer = new DataTransfer();
                transfer.items.add(new File([bytes], 'briefing.docx',
                    { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
                const form = document.getElementById('check-form');
                form.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
                form.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
                """, Base64.getEncoder().encodeToString(briefingDocx()));

        List<WebElement> sentences = waitFor().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#check-result .check-sentence"), 3));
        assertThat(browser.findElement(By.id("check-input")).getAttribute("value"))
                .isEqualTo("# Kosovo briefing\n\n" + SUPPORTED + " " + NEGATED + "\n\n" + INVENTED);
        assertThat(sentences.get(0).getAttribute("class")).contains("verdict-supported");
        assertThat(sentences.get(0).getText()).startsWith(SUPPORTED);
        assertThat(sentences.get(2).getAttribute("class")).contains("verdict-not_supported");
        assertThat(browser.findElements(By.cssSelector("#check-counts .check-count")).stream().map(WebElement::getText).toList())
                .containsExactly("1 supported", "0 partially supported", "2 not supported");
        assertThat(browser.findElement(By.id("check-status")).getText()).isEqualTo("Checked briefing.docx.");
        assertThat(horizontalOverflow()).isFalse();
        keep("check-file-desktop");
    }

    @Test
    void onAPhoneAChosenWordFileIsReadAndCheckedAndABadOneIsRefused() throws Exception {
        Path docx = Files.createTempDirectory("check-file").resolve("briefing.docx");
        Files.write(docx, briefingDocx());
        open(PHONE);
        browser.findElement(By.id("tab-check")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("check-input")));
        browser.findElement(By.id("check-file")).sendKeys(docx.toAbsolutePath().toString());

        List<WebElement> sentences = waitFor().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#check-result .check-sentence"), 3));
        assertThat(sentences.get(0).getAttribute("class")).contains("verdict-supported");
        assertThat(sentences.get(1).getAttribute("class")).contains("verdict-not_supported");
        assertThat(sentences.get(2).findElements(By.cssSelector("u.check-unsupported")).get(0).getText()).contains("submarines");
        assertThat(horizontalOverflow()).isFalse();
        assertThat(browser.findElement(By.id("check-file")).getRect().getWidth()).isLessThanOrEqualTo(390);
        keep("check-file-phone");

        Path exe = docx.resolveSibling("tool.exe");
        Files.write(exe, new byte[] {1, 2, 3});
        browser.findElement(By.id("check-file")).sendKeys(exe.toAbsolutePath().toString());
        WebElement error = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).contains("415").contains("tool.exe");
    }

    private List<WebElement> check(Dimension size) {
        open(size);
        browser.findElement(By.id("tab-check")).click();
        WebElement input = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("check-input")));
        input.sendKeys(BRIEFING);
        browser.findElement(By.id("check-run")).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#check-result .check-sentence"), 3));
        return browser.findElements(By.cssSelector("#check-result .check-sentence"));
    }

    private static void keep(String name) throws IOException {
        screenshot(name);
        Files.createDirectories(DOCS);
        Files.copy(SCREENSHOTS.resolve(name + ".png"), DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
