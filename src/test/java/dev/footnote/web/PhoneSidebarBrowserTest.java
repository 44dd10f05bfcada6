package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * At 390x844 the open conversations sidebar covers most of the page: it closes with its own ×
 * button, a tap outside it, and Escape. Screenshots go to {@code docs/screenshots/}.
 */
@FootnoteServerTest
class PhoneSidebarBrowserTest extends PageBrowserTestBase {

    static final Path DOCS = Path.of("docs", "screenshots");

    @Test
    void theOpenSidebarClosesWithItsButtonATapOutsideAndEscape() throws Exception {
        open(PHONE);
        WebElement sidebar = browser.findElement(By.id("sidebar"));
        WebElement toggle = browser.findElement(By.id("sidebar-toggle"));
        assertThat(sidebar.isDisplayed()).isFalse();

        toggle.click();
        waitFor().until(d -> sidebar.isDisplayed());
        WebElement close = browser.findElement(By.id("sidebar-close"));
        assertThat(close.isDisplayed()).isTrue();
        assertThat(close.getRect().getX() + close.getRect().getWidth()).as("inside the sidebar, in sight").isLessThanOrEqualTo(390);
        Files.createDirectories(DOCS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), DOCS.resolve("phone-sidebar-open.png"),
                StandardCopyOption.REPLACE_EXISTING);
        close.click();
        waitFor().until(d -> !sidebar.isDisplayed());
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");

        toggle.click();
        waitFor().until(d -> sidebar.isDisplayed() && sidebar.getRect().getX() == 0); // slid all the way in
        int right = sidebar.getRect().getX() + sidebar.getRect().getWidth();
        // A tap on the dimmed page to the right of the sidebar.
        int x = right + (380 - right) / 2;
        assertThat(browser.executeScript("const e = document.elementFromPoint(" + x + ", 420); return e && e.tagName"))
                .as("the dimmed page is what a tap there reaches").isEqualTo("BODY");
        new Actions(browser).moveToLocation(x, 420).click().perform();
        waitFor().until(d -> !sidebar.isDisplayed());

        toggle.click();
        waitFor().until(d -> sidebar.isDisplayed());
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waitFor().until(d -> !sidebar.isDisplayed());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), DOCS.resolve("phone-sidebar-closed.png"),
                StandardCopyOption.REPLACE_EXISTING);

        // A tap inside the open sidebar (on its heading) leaves it open.
        toggle.click();
        waitFor().until(d -> sidebar.isDisplayed());
        browser.findElement(By.cssSelector(".sidebar-head h2")).click();
        Thread.sleep(300);
        assertThat(sidebar.isDisplayed()).isTrue();
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
    }
}
