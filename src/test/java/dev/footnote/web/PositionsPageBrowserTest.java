package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.footnote.index.AwaitFirstIndexing;
import dev.footnote.positions.BridgeDecisionCorpus;

/**
 * The positions page over a town's documents about the Elm Street Bridge repairs ({@link BridgeDecisionCorpus}): the
 * points as a table (points as rows, actors as columns, each actor's role under its name) on a desktop and as a
 * list on a phone, with who differs and who agrees under each point. The screenshots are kept in
 * {@code docs/screenshots/positions-points-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:positions-page;DB_CLOSE_DELAY=-1"})
@Import(AwaitFirstIndexing.class)
class PositionsPageBrowserTest extends PageBrowserTestBase {

    static final Path DIR = temporary();
    static final Path DOCS = Path.of("docs", "screenshots");

    @DynamicPropertySource
    static void corpus(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> BridgeDecisionCorpus.write(DIR.resolve("corpus")).toString());
        registry.add("footnote.index.dir", () -> DIR.resolve("index").toString());
    }

    @Test
    void onADesktopPointsAreRowsAndActorsColumns() throws IOException {
        WebElement table = compare("bridge repairs");
        List<String> actors = table.findElements(By.cssSelector("thead .actor-name")).stream().map(WebElement::getText).toList();
        assertThat(actors).contains("Elena Marsh", "Priya Desai", "Tom Okafor", "Samuel Reyes");
        assertThat(table.findElements(By.cssSelector("thead .actor-role")).stream().map(WebElement::getText).toList())
                .contains("Mayor", "Councillor", "Finance Director");
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr.point"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        String all = table.getText();
        assertThat(all).contains("Differ: Elena Marsh – Priya Desai").contains("Agree:");
        // A statement with its own quotation marks is shown with them once.
        assertThat(all).doesNotContain("““").doesNotContain("“\"");
        assertThat(table.findElements(By.cssSelector("td.point-cell")).get(0).getRect().getY())
                .isEqualTo(rows.get(0).findElement(By.cssSelector("th.point-title")).getRect().getY());
        keep("positions-points-desktop");
    }

    @Test
    void onAPhoneEachPointIsABlockListingItsActorsStatements() throws IOException {
        open(PHONE);
        WebElement table = compare("bridge repairs");
        assertThat(table.findElement(By.cssSelector("thead")).isDisplayed()).isFalse();
        WebElement first = table.findElements(By.cssSelector("tbody tr.point")).get(0);
        WebElement title = first.findElement(By.cssSelector("th.point-title"));
        WebElement cell = first.findElements(By.cssSelector("td.point-cell:not(.empty)")).get(0);
        // Listed under the title, not beside it.
        assertThat(cell.getRect().getY()).isGreaterThan(title.getRect().getY() + title.getRect().getHeight() - 1);
        assertThat(horizontalOverflow()).isFalse();
        keep("positions-points-phone");
    }

    private WebElement compare(String topic) {
        browser.findElement(By.id("tab-positions")).click();
        browser.findElement(By.id("topic")).sendKeys(topic, Keys.ENTER);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#positions-result[data-state='done']")));
        return browser.findElement(By.cssSelector("#positions-result .points-table"));
    }

    private static void keep(String name) throws IOException {
        screenshot(name);
        Files.createDirectories(DOCS);
        Files.copy(SCREENSHOTS.resolve(name + ".png"), DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("footnote-positions-page-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
