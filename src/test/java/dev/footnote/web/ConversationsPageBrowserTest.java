package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The page as a daily tool, in Debian's headless Chromium (see {@link ChatPageBrowserTest}):
 * the conversations sidebar, stop, copy, the newest answer kept above the input box, example
 * questions from the corpus, source cards, Markdown, search highlights and the keyboard, at
 * desktop and phone sizes. Screenshots go to {@code target/screenshots/conversations-*.png}.
 */
@FootnoteServerTest
class ConversationsPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 860);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final String VUCEVIC = "What did Vucevic say about the armed forces and police?";
    private static final String RESTRAINT = "Who urged restraint in Kosovo?";

    private static ChromeDriverService service;
    private static ChromeDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (run .ci/install-browser)");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        profile = Files.createTempDirectory("footnote-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,860");
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    @BeforeEach
    void openPage() {
        open(DESKTOP);
    }

    @Test
    void theSidebarKeepsConversationsToOpenRenameAndDelete() throws Exception {
        ask(VUCEVIC, 1);
        String first = conversationId();
        WebElement firstItem = sidebarItem(first);
        assertThat(firstItem.findElement(By.cssSelector(".title")).getText()).isEqualTo(VUCEVIC);
        assertThat(firstItem.getAttribute("aria-current")).isEqualTo("true");

        browser.findElement(By.id("sidebar-new")).click();
        assertThat(browser.findElements(By.cssSelector(".message"))).isEmpty();
        waitFor().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#examples .example"), 0));
        ask(RESTRAINT, 1);
        String second = conversationId();
        assertThat(second).isNotEqualTo(first);
        sidebarItem(second);
        screenshot("conversations-01-sidebar");

        // Open the first again: its question and its cited answer come back from the server.
        sidebarItem(first).findElement(By.cssSelector(".open")).click();
        waitFor().until(d -> first.equals(conversationId()) && d.findElements(By.cssSelector(".message.user")).size() == 1);
        assertThat(browser.findElement(By.cssSelector(".message.user")).getText()).isEqualTo(VUCEVIC);
        WebElement answer = browser.findElement(By.cssSelector(".message.assistant[data-state='done']"));
        assertThat(answer.getAttribute("data-transport")).isEqualTo("history");
        assertThat(answer.findElements(By.cssSelector(".answer a.cite"))).hasSize(getJson("/api/conversations/" + first)
                .at("/turns/0/citations").size());
        // ... and goes on: a follow-up lands in the same conversation.
        ask("Did he mention the police?", 2);
        assertThat(conversationId()).isEqualTo(first);
        assertThat(getJson("/api/conversations/" + first).get("turns").size()).isEqualTo(2);

        sidebarItem(first).findElement(By.cssSelector(".rename")).click();
        WebElement input = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#conversation-list li[data-id='" + first + "'] .rename-input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Vucevic on the army", Keys.ENTER);
        waitFor().until(d -> titleOf(first).equals("Vucevic on the army"));
        assertThat(getJson("/api/conversations/" + first).get("title").asText()).isEqualTo("Vucevic on the army");

        WebElement delete = sidebarItem(second).findElement(By.cssSelector(".delete"));
        delete.click();
        assertThat(delete.getText()).isEqualTo("Delete?");
        delete.click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#conversation-list li[data-id='" + second + "']"), 0));
        assertThat(status("/api/conversations/" + second)).isEqualTo(404);
        // The open conversation was another one: it stays open.
        assertThat(conversationId()).isEqualTo(first);
    }

    @Test
    void aReloadedPageFindsItsConversationsWithTheirCitations() throws Exception {
        ask(VUCEVIC, 1);
        String id = conversationId();
        open(DESKTOP);
        assertThat(browser.findElements(By.cssSelector(".message"))).isEmpty();

        sidebarItem(id).findElement(By.cssSelector(".open")).click();
        WebElement answer = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".message.assistant[data-state='done']")));
        answer.findElement(By.cssSelector("a.cite")).click();
        WebElement mark = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel[data-state='ready'] #panel-text mark")));
        assertThat(mark.getText()).isEqualTo(getJson("/api/conversations/" + id).at("/turns/0/citations/0/quote").asText());
    }

    @Test
    void theStopButtonStopsTheStreamOnTheServer() throws Exception {
        String full = postChat(VUCEVIC).get("answer").asText();
        browser.executeScript("window.Footnote.endpoints.stream = arguments[0]; window.Footnote.state.streaming = null;",
                ChatStreamFixture.PATH);
        assertThat(browser.findElement(By.id("stop")).isDisplayed()).isFalse();

        browser.findElement(By.id("question")).sendKeys(VUCEVIC, Keys.ENTER);
        WebElement streaming = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message.assistant.streaming .answer")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(20)).until(d -> !streaming.getText().isEmpty());
        WebElement stop = browser.findElement(By.id("stop"));
        assertThat(stop.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("send")).isDisplayed()).isFalse();
        stop.click();

        WebElement stopped = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".message.assistant[data-state='stopped']")));
        screenshot("conversations-02-stopped");
        // The reason is the server's (its "stopped" event), not the page giving up on its own.
        assertThat(stopped.findElement(By.cssSelector(".hint")).getText()).isEqualTo(ChatStreamFixture.STOPPED);
        assertThat(stopped.findElement(By.cssSelector(".answer")).getText()).isNotEmpty().isNotEqualTo(full);
        assertThat(full).startsWith(stopped.findElement(By.cssSelector(".answer")).getText().strip());
        waitFor().until(d -> d.findElement(By.id("send")).isDisplayed());
        assertThat(browser.findElement(By.id("stop")).isDisplayed()).isFalse();
    }

    @Test
    void copyPutsTheAnswerAndItsCitationsAsFootnotesOnTheClipboard() throws Exception {
        JsonNode expected = postChat(VUCEVIC);
        // The clipboard itself is the browser's; what the page writes to it is captured here.
        browser.executeScript("navigator.clipboard.writeText = async (text) => { window.copied = text; };");
        WebElement answer = ask(VUCEVIC, 1);

        answer.findElement(By.cssSelector("button.copy")).click();
        waitFor().until(d -> "true".equals(answer.findElement(By.cssSelector("button.copy")).getAttribute("data-copied")));

        StringBuilder footnotes = new StringBuilder(expected.get("answer").asText()).append("\n");
        for (JsonNode c : expected.get("citations")) {
            footnotes.append("\n[").append(c.get("marker").asInt()).append("] “").append(c.get("quote").asText())
                    .append("” — ").append(c.get("source").asText()).append(", kosovo-statements.txt");
        }
        assertThat((String) browser.executeScript("return window.copied")).isEqualTo(footnotes.toString());
    }

    @Test
    void theNewestAnswerStaysAboveTheInputBoxOnADesktop() throws Exception {
        fiveAnswersEachAboveTheInputBox("conversations-03-five-answers");
    }

    @Test
    void theNewestAnswerStaysAboveTheInputBoxOnAPhone() throws Exception {
        open(PHONE);
        fiveAnswersEachAboveTheInputBox("conversations-04-phone-five-answers");
        assertThat(horizontalOverflow()).isFalse();
    }

    private void fiveAnswersEachAboveTheInputBox(String screenshot) throws Exception {
        List<String> questions = List.of(VUCEVIC, RESTRAINT, "What did President Vucic warn of?",
                "What did the European Union say?", "Who spoke about security guarantees?");
        for (int i = 0; i < questions.size(); i++) {
            WebElement answer = ask(questions.get(i), i + 1);
            // Smooth scrolling may still be moving: wait for the answer's bottom edge to come above the box.
            try {
                waitFor().until(d -> bottomOf(answer) <= topOfInputBox());
            } catch (RuntimeException e) {
                screenshot(screenshot + "-failed");
                throw new AssertionError("answer " + (i + 1) + ": bottom " + bottomOf(answer) + ", box top " + topOfInputBox()
                        + ", scrollY " + browser.executeScript("return window.scrollY + '/' + document.documentElement.scrollHeight + '/' + window.innerHeight"), e);
            }
            assertThat(bottomOf(answer)).as("answer %d", i + 1).isLessThanOrEqualTo(topOfInputBox());
            assertThat(bottomOf(answer)).as("answer %d on screen", i + 1).isPositive();
        }
        screenshot(screenshot);
    }

    @Test
    void exampleQuestionsComeFromTheCorpusAndAskThemselves() throws Exception {
        JsonNode examples = getJson("/api/examples").get("examples");
        List<WebElement> buttons = waitFor().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#examples .example"), examples.size()));
        screenshot("conversations-05-examples");

        List<String> shown = buttons.stream().map(WebElement::getText).toList();
        List<String> served = new ArrayList<>();
        examples.forEach(e -> served.add(e.get("question").asText()));
        assertThat(shown).isEqualTo(served).isNotEmpty();
        assertThat(browser.findElement(By.id("chat-hint")).getText()).doesNotContain("What did Vucevic say");

        buttons.get(0).click();
        WebElement answer = waitForAnswer(1);
        assertThat(browser.findElement(By.cssSelector(".message.user")).getText()).isEqualTo(served.get(0));
        assertThat(answer.getAttribute("data-grounded")).isEqualTo("true");
    }

    @Test
    void eachCitationGetsACompactSourceCardNamingTheFile() throws Exception {
        JsonNode expected = postChat(VUCEVIC);
        WebElement answer = ask(VUCEVIC, 1);

        List<WebElement> cards = answer.findElements(By.cssSelector(".source-card"));
        assertThat(cards).hasSize(expected.get("citations").size());
        WebElement card = cards.get(0);
        waitFor().until(d -> card.findElement(By.cssSelector(".doc")).getText().equals("kosovo-statements.txt"));
        assertThat(card.findElement(By.cssSelector(".source")).getText()).isEqualTo(expected.at("/citations/0/source").asText());
        // The quote is cut to two lines rather than repeating the whole answer.
        WebElement quote = card.findElement(By.cssSelector(".quote"));
        long lineHeight = Math.round(Double.parseDouble(quote.getCssValue("line-height").replace("px", "")));
        assertThat((long) quote.getSize().getHeight()).isLessThanOrEqualTo(2 * lineHeight + 2);

        card.findElement(By.cssSelector(".doc")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel[data-state='ready']")));
        assertThat(browser.findElement(By.id("panel-file")).getText()).isEqualTo("kosovo-statements.txt");
    }

    @Test
    void llmAnswersAreRenderedAsMarkdownWithoutLettingHtmlThrough() {
        String result = (String) browser.executeScript("""
                const node = document.createElement('div');
                document.getElementById('messages').append(node);
                window.Footnote.renderAnswer(node, {conversationId: 'c', grounded: true, mode: 'llm', model: 'm', warnings: [],
                  answer: '## Positions\\n\\n- **Vucevic**: forces ready [1]\\n- *EU*: restraint\\n\\n<img src=x onerror="window.pwned=1"> `code` [site](javascript:alert(1))',
                  citations: [{marker: 1, passageId: 'p1', documentId: 'd', source: 's', quote: 'q', start: 0, end: 1}]}, 'stream');
                const a = node.querySelector('.answer');
                return [a.querySelector('h4') && a.querySelector('h4').textContent, a.querySelectorAll('li').length,
                  a.querySelector('li strong').textContent, a.querySelector('li em').textContent,
                  a.querySelectorAll('li a.cite').length, a.querySelectorAll('img, script').length,
                  a.querySelectorAll('a[href^="javascript"]').length, a.querySelector('code').textContent,
                  a.textContent.includes('<img src=x')].join('|');
                """);
        assertThat(result).isEqualTo("Positions|2|Vucevic|EU|1|0|0|code|true");
        assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void aSearchHitOpensWithItsMatchMarked() {
        browser.findElement(By.id("tab-search")).click();
        browser.findElement(By.id("search-q")).sendKeys("restraint", Keys.ENTER);
        List<WebElement> hits = waitFor().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#search-results li.hit"), 0));
        hits.get(0).findElement(By.cssSelector("button")).click();

        WebElement panel = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel[data-state='ready']")));
        List<WebElement> marks = panel.findElements(By.cssSelector("#panel-text mark"));
        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).containsIgnoringCase("restraint"));
    }

    @Test
    void slashFocusesTheQuestionAndEscapeClosesThePanel() {
        ask(VUCEVIC, 1).findElement(By.cssSelector("a.cite")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel[data-state='ready']")));
        browser.findElement(By.id("panel-close")).sendKeys(Keys.ESCAPE);
        assertThat(browser.findElement(By.id("panel")).isDisplayed()).isFalse();

        browser.findElement(By.tagName("h1")).click();
        new Actions(browser).sendKeys("/").perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("question");
        assertThat(browser.findElement(By.id("question")).getAttribute("value")).isEmpty();
    }

    @Test
    void onAPhoneTheSidebarSlidesInAndOpensAConversation() throws Exception {
        ask(RESTRAINT, 1);
        String id = conversationId();
        open(PHONE);
        WebElement sidebar = browser.findElement(By.id("sidebar"));
        assertThat(sidebar.isDisplayed()).isFalse();
        assertThat(horizontalOverflow()).isFalse();

        browser.findElement(By.id("sidebar-toggle")).click();
        waitFor().until(d -> sidebar.isDisplayed());
        sidebarItem(id);
        screenshot("conversations-06-phone-sidebar");
        sidebarItem(id).findElement(By.cssSelector(".open")).click();
        waitFor().until(d -> id.equals(conversationId()) && !sidebar.isDisplayed());
        assertThat(browser.findElement(By.cssSelector(".message.user")).getText()).isEqualTo(RESTRAINT);
        screenshot("conversations-07-phone-conversation");
        assertThat(horizontalOverflow()).isFalse();
    }

    private void open(Dimension size) {
        browser.manage().window().setSize(size);
        browser.get("http://localhost:" + port + "/");
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("question")));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#conversation-list[data-state='ready']")));
    }

    private WebElement ask(String question, int answers) {
        browser.findElement(By.id("question")).sendKeys(question, Keys.ENTER);
        return waitForAnswer(answers);
    }

    private WebElement waitForAnswer(int count) {
        List<WebElement> done = waitFor().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector(".message.assistant[data-state='done']"), count));
        return done.get(count - 1);
    }

    /** The conversation's item in the sidebar, once the list has caught up. */
    private WebElement sidebarItem(String id) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#conversation-list li[data-id='" + id + "']")));
    }

    private String titleOf(String id) {
        List<WebElement> titles = browser.findElements(By.cssSelector("#conversation-list li[data-id='" + id + "'] .title"));
        return titles.isEmpty() ? "" : titles.get(0).getText();
    }

    private String conversationId() {
        return (String) browser.executeScript("return window.Footnote.state.conversationId");
    }

    private double bottomOf(WebElement element) {
        return ((Number) browser.executeScript("return arguments[0].getBoundingClientRect().bottom", element)).doubleValue();
    }

    private double topOfInputBox() {
        return ((Number) browser.executeScript("return document.getElementById('chat-form').getBoundingClientRect().top")).doubleValue();
    }

    private boolean horizontalOverflow() {
        return (Boolean) browser.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private JsonNode postChat(String message) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("message", message)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
