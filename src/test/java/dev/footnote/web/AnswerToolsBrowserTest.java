package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer tools in Chromium: copy with footnotes, the newest answer above the input box (desktop
 * and phone), examples from the corpus, source cards, Markdown, search highlights, the keyboard.
 */
@FootnoteServerTest
class AnswerToolsBrowserTest extends PageBrowserTestBase {

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
                    .append("” — ").append(c.get("source").asText()).append(", ").append(c.get("documentTitle").asText());
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
        // Worked out in the background: the server says "pending" until they are, and the page asks again.
        waitFor().until(d -> {
            try {
                return !getJson("/api/examples").get("pending").asBoolean();
            } catch (Exception e) {
                return false;
            }
        });
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
    void eachCitationGetsACompactSourceCardNamingTheDocument() throws Exception {
        JsonNode expected = postChat(VUCEVIC);
        WebElement answer = ask(VUCEVIC, 1);
        // The document's title, as the index records it (a text file's is its name without the extension).
        String title = expected.at("/citations/0/documentTitle").asText();
        assertThat(title).isEqualTo("kosovo-statements");

        List<WebElement> cards = answer.findElements(By.cssSelector(".source-card"));
        assertThat(cards).hasSize(expected.get("citations").size());
        WebElement card = cards.get(0);
        waitFor().until(d -> card.findElement(By.cssSelector(".doc")).getText().equals(title));
        assertThat(card.findElement(By.cssSelector(".source")).getText()).isEqualTo(expected.at("/citations/0/source").asText());
        // The quote is cut to two lines rather than repeating the whole answer.
        WebElement quote = card.findElement(By.cssSelector(".quote"));
        long lineHeight = Math.round(Double.parseDouble(quote.getCssValue("line-height").replace("px", "")));
        assertThat((long) quote.getSize().getHeight()).isLessThanOrEqualTo(2 * lineHeight + 2);

        card.findElement(By.cssSelector(".doc")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel[data-state='ready']")));
        assertThat(browser.findElement(By.id("panel-file")).getText()).isEqualTo(title);
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

}
