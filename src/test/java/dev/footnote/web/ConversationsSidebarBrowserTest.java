package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The conversations sidebar (new, open, rename, delete, reload, phone) and the stop button, in Chromium. */
@FootnoteServerTest
class ConversationsSidebarBrowserTest extends PageBrowserTestBase {

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

}
