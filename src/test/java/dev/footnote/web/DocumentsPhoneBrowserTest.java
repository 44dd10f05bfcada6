package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Documents tab in Chromium over a folder of the user's own: at 390x844 a card per document with
 * its status and its action in sight; Delete asks first, naming the document and saying the file
 * stays; the card then shows it excluded with Include, which brings it back. Screenshots (desktop
 * and phone) go to {@code docs/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentsPhoneBrowserTest {

    private static final Path WORK = createWorkDir();
    private static final Path DOCS = Path.of("docs", "screenshots");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> WORK.resolve("corpus").toString());
        registry.add("footnote.index.dir", () -> WORK.resolve("index").toString());
        registry.add("footnote.corpus.watch-interval", () -> "300ms");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("db/conversations").toAbsolutePath());
    }

    private static Path createWorkDir() {
        try {
            Path dir = Files.createTempDirectory("footnote-documents-phone-");
            Files.createDirectories(dir.resolve("corpus/notes"));
            Files.writeString(dir.resolve("corpus/notes/orchard-survey.txt"),
                    "# Orchard survey\n\nThe Bellwether orchard counted two hundred apple trees in the spring survey.\n");
            Files.writeString(dir.resolve("corpus/notes/harbour-log.md"),
                    "# Harbour log\n\nThe Kestrelmouth pier opened in March.\n");
            return dir;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onAPhoneEachDocumentIsACardAndDeleteExcludesTheUsersFileAfterAskingUntilIncluded() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(options -> { })) {
            ChromeDriver browser = chromium.driver();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class);
            By orchard = By.cssSelector("#documents-list tr[data-document-id='" + dev.footnote.corpus.StableIds.documentId("notes/orchard-survey.txt") + "']");

            browser.manage().window().setSize(new Dimension(1280, 860));
            browser.get("http://localhost:" + port + "/");
            browser.findElement(By.id("tab-documents")).click();
            wait.until(d -> d.findElements(By.cssSelector("#documents-list tr td.status-indexed")).size() == 2);
            Files.createDirectories(DOCS);
            shoot(browser, "documents-desktop.png");

            browser.manage().window().setSize(new Dimension(390, 844));
            wait.until(d -> !d.findElement(By.cssSelector("#documents-table thead")).isDisplayed());
            // Read in one script: the list is drawn again every second, so elements found one by one go stale.
            @SuppressWarnings("unchecked")
            List<String> cards = (List<String>) browser.executeScript(
                    "return Array.from(document.querySelectorAll('#documents-list tr')).map((tr) => {"
                    + " const status = tr.querySelector('td.status'); const remove = tr.querySelector('button.delete-document');"
                    + " const s = status.getBoundingClientRect(); const r = remove.getBoundingClientRect();"
                    + " return status.textContent + '|' + (s.height > 0) + '|' + (r.height > 0 && r.right <= window.innerWidth); });");
            assertThat(cards).hasSize(2).allSatisfy(card -> assertThat(card).startsWith("indexed").endsWith("|true|true"));
            assertThat((Boolean) browser.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth")).isFalse();
            shoot(browser, "documents-phone.png");

            String title = browser.findElement(orchard).findElement(By.cssSelector("td.title")).getText();
            wait.until(d -> {
                d.findElement(orchard).findElement(By.cssSelector("button.delete-document")).click();
                return true;
            });
            var confirm = wait.until(ExpectedConditions.alertIsPresent());
            assertThat(confirm.getText()).contains("\"" + title + "\"").contains("notes/orchard-survey.txt").contains("stays in your folder");
            confirm.accept();
            wait.until(d -> d.findElement(orchard).getText().contains("excluded"));
            assertThat(WORK.resolve("corpus/notes/orchard-survey.txt")).exists();
            // An excluded file is not counted among the corpus's documents.
            wait.until(d -> d.findElement(By.id("index-summary")).getText().equals("1 documents indexed"));
            wait.until(d -> d.findElement(orchard).findElement(By.cssSelector("button.include-document")).isDisplayed());
            shoot(browser, "documents-phone-excluded.png");

            wait.until(d -> {
                d.findElement(orchard).findElement(By.cssSelector("button.include-document")).click();
                return true;
            });
            wait.until(d -> d.findElement(orchard).findElement(By.cssSelector("td.status")).getText().startsWith("indexed"));
            assertThat(browser.findElements(By.cssSelector("#documents-list tr"))).hasSize(2);
            assertThat(browser.findElements(By.cssSelector("button.include-document"))).isEmpty();
        }
    }

    private static void shoot(ChromeDriver browser, String name) throws Exception {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), DOCS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
