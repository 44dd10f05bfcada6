package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the page tests of the conversations sidebar and the answer tools share: Debian's headless
 * Chromium (see {@link ChatPageBrowserTest}) started once per class, the page opened at desktop
 * or phone size, questions asked, positions measured. Screenshots go to
 * {@code target/screenshots/conversations-*.png}.
 */
abstract class PageBrowserTestBase {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 860);
    static final Dimension PHONE = new Dimension(390, 844);
    static final String VUCEVIC = "What did Vucevic say about the armed forces and police?";
    static final String RESTRAINT = "Who urged restraint in Kosovo?";

    private static HeadlessChromium chromium;
    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start(options -> { });
        browser = chromium.driver();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openPage() {
        open(DESKTOP);
    }

    void open(Dimension size) {
        browser.manage().window().setSize(size);
        browser.get("http://localhost:" + port + "/");
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("question")));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#conversation-list[data-state='ready']")));
    }

    WebElement ask(String question, int answers) {
        browser.findElement(By.id("question")).sendKeys(question, Keys.ENTER);
        return waitForAnswer(answers);
    }

    WebElement waitForAnswer(int count) {
        List<WebElement> done = waitFor().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector(".message.assistant[data-state='done']"), count));
        return done.get(count - 1);
    }

    /** The conversation's item in the sidebar, once the list has caught up. */
    WebElement sidebarItem(String id) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#conversation-list li[data-id='" + id + "']")));
    }

    String titleOf(String id) {
        List<WebElement> titles = browser.findElements(By.cssSelector("#conversation-list li[data-id='" + id + "'] .title"));
        return titles.isEmpty() ? "" : titles.get(0).getText();
    }

    String conversationId() {
        return (String) browser.executeScript("return window.Footnote.state.conversationId");
    }

    double bottomOf(WebElement element) {
        return ((Number) browser.executeScript("return arguments[0].getBoundingClientRect().bottom", element)).doubleValue();
    }

    double topOfInputBox() {
        return ((Number) browser.executeScript("return document.getElementById('chat-form').getBoundingClientRect().top")).doubleValue();
    }

    boolean horizontalOverflow() {
        return (Boolean) browser.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    JsonNode postChat(String message) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("message", message)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
