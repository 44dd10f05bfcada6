package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

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

    /** What a reader types in chat: routed to positions, answered with the same points as the Positions tab. */
    static final String SUMMARIZE = "Summarize the positions on the bridge repairs";

    @Test
    void aPositionsQuestionInChatCarriesTheSamePointsAsTheApi() throws Exception {
        JsonNode chat = postChat(SUMMARIZE);
        assertThat(chat.path("grounded").asBoolean()).isTrue();
        JsonNode points = chat.path("points");
        assertThat(points.isArray()).isTrue();
        assertThat(points.size()).isGreaterThanOrEqualTo(3);
        JsonNode api = postPositions("bridge repairs");
        // The same points, titles and splits in the same order as POST /api/positions gives them.
        assertThat(titles(points)).isEqualTo(titles(api.path("points")));
        assertThat(pairs(points)).isEqualTo(pairs(api.path("points"))).contains("differ Elena Marsh|Priya Desai");
        // Each statement is cited exactly and names its actor's role, so a client can lay the points out on their own.
        for (JsonNode point : points) {
            for (JsonNode s : point.path("statements")) {
                assertThat(s.path("citation").path("quote").asText()).isNotBlank();
                if (s.path("actor").asText().equals("Elena Marsh")) {
                    assertThat(s.path("role").asText()).isEqualTo("Mayor");
                }
            }
        }
        // Any other answer has no points.
        assertThat(postChat("How much will the repairs cost?").path("points")).isEmpty();
    }

    @Test
    void onADesktopAPositionsAnswerInChatShowsThePointsTable() throws IOException {
        WebElement answer = ask(SUMMARIZE, 1);
        WebElement table = answer.findElement(By.cssSelector(".chat-points .points-table"));
        List<String> actors = table.findElements(By.cssSelector("thead .actor-name")).stream().map(WebElement::getText).toList();
        assertThat(actors).contains("Elena Marsh", "Priya Desai", "Tom Okafor", "Samuel Reyes");
        assertThat(table.findElements(By.cssSelector("thead .actor-role")).stream().map(WebElement::getText).toList())
                .contains("Mayor", "Councillor", "Finance Director");
        assertThat(table.findElements(By.cssSelector("tbody tr.point"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(table.getText()).contains("Differ: Elena Marsh – Priya Desai").doesNotContain("““");
        // First, as on the Positions tab; each actor's statements follow as the answer's text.
        WebElement text = answer.findElement(By.cssSelector(".answer"));
        assertThat(table.getRect().getY()).isLessThan(text.getRect().getY());
        assertThat(horizontalOverflow()).isFalse();
        keep("positions-chat-desktop", answer);
    }

    @Test
    void onAPhoneAPositionsAnswerInChatListsEachPointAsABlock() throws IOException {
        open(PHONE);
        WebElement answer = ask(SUMMARIZE, 1);
        WebElement table = answer.findElement(By.cssSelector(".chat-points .points-table"));
        assertThat(table.findElement(By.cssSelector("thead")).isDisplayed()).isFalse();
        WebElement first = table.findElements(By.cssSelector("tbody tr.point")).get(0);
        WebElement title = first.findElement(By.cssSelector("th.point-title"));
        WebElement cell = first.findElements(By.cssSelector("td.point-cell:not(.empty)")).get(0);
        assertThat(cell.getRect().getY()).isGreaterThan(title.getRect().getY() + title.getRect().getHeight() - 1);
        assertThat(horizontalOverflow()).isFalse();
        keep("positions-chat-phone", answer);
    }

    private JsonNode postPositions(String topic) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/positions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("topic", topic)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> titles(JsonNode points) {
        List<String> titles = new ArrayList<>();
        points.forEach(p -> titles.add(p.path("title").asText()));
        return titles;
    }

    private static List<String> pairs(JsonNode points) {
        List<String> pairs = new ArrayList<>();
        points.forEach(p -> p.path("pairs").forEach(x -> pairs.add(x.path("relation").asText() + " "
                + x.path("actors").get(0).asText() + "|" + x.path("actors").get(1).asText())));
        return pairs;
    }

    private WebElement compare(String topic) {
        browser.findElement(By.id("tab-positions")).click();
        browser.findElement(By.id("topic")).sendKeys(topic, Keys.ENTER);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#positions-result[data-state='done']")));
        return browser.findElement(By.cssSelector("#positions-result .points-table"));
    }

    /** Scrolls the element to the top of the window first, so the screenshot shows it. */
    private static void keep(String name, WebElement element) throws IOException {
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
        keep(name);
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
