package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page against a server that requires API keys, in Debian's headless Chromium: it asks for a
 * key, answers once given one, keeps it, and runs under the Content-Security-Policy without a
 * single violation (no inline script, no inline handler). Skipped only when Chromium is not installed.
 */
@SecuredServerTest
class SecuredPageBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String VUCEVIC = "What did Vucevic say about the armed forces and police?";

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start(options -> {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        });
        browser = chromium.driver();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void thePageAsksForAKeyAnswersWithItAndBreaksNoContentSecurityPolicy() throws Exception {
        browser.get("http://localhost:" + port + "/");
        // The page's first call to the API (its conversation list, or else the question) meets a 401: the dialog opens.
        boolean asked = false;
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(By.id("auth-key")));
        } catch (TimeoutException e) {
            waitFor().until(ExpectedConditions.elementToBeClickable(By.id("question"))).sendKeys(VUCEVIC, Keys.ENTER);
            asked = true;
        }
        WebElement key = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("auth-key")));
        assertThat(browser.findElement(By.id("auth-message")).getText()).contains("requires an API key");
        screenshot("10-key-asked");

        key.sendKeys("not-the-key", Keys.ENTER);
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("auth-message"), "did not accept"));
        browser.findElement(By.id("auth-key")).sendKeys(SecuredServerTest.BROWSER, Keys.ENTER);
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.id("auth-dialog"), 0));
        if (!asked) {
            waitFor().until(ExpectedConditions.elementToBeClickable(By.id("question"))).sendKeys(VUCEVIC, Keys.ENTER);
        }

        WebElement answer = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".message.assistant[data-state='done']")));
        screenshot("11-answer-with-key");
        assertThat(answer.getAttribute("data-grounded")).isEqualTo("true");
        assertThat(browser.findElements(By.id("auth-dialog"))).isEmpty();
        assertThat(browser.executeScript("return window.localStorage.getItem('footnote.apiKey')")).isEqualTo(SecuredServerTest.BROWSER);

        // The kept key serves the next request without asking: a search.
        browser.findElement(By.id("tab-search")).click();
        browser.findElement(By.id("search-q")).sendKeys("Kosovo", Keys.ENTER);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li")));
        assertThat(browser.findElements(By.id("auth-dialog"))).isEmpty();

        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertThat(violations).isEmpty();
        assertThat(browser.executeScript("return document.querySelectorAll('script:not([src])').length")).isEqualTo(0L);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
