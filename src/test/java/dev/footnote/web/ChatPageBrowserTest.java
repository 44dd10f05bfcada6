package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The page in a real browser: Debian's headless Chromium driven by its chromedriver (both from
 * {@code .ci/install-browser}; never a downloaded browser). Skipped only when they are not
 * installed. Screenshots of each state go to {@code target/screenshots/}.
 */
@FootnoteServerTest
class ChatPageBrowserTest extends PageBrowserTestBase {

    private static final String OFF_TOPIC = "What is the best recipe for banana bread?";

    @Test
    void aQuestionIsAnsweredAndACitationOpensThePassageWithTheQuoteMarked() throws Exception {
        // Through /api/chat/stream where this build has it, through the /api/chat fallback where it does not.
        JsonNode expected = postChat(VUCEVIC);
        JsonNode first = expected.at("/citations/0");
        screenshot("01-empty");

        browser.findElement(By.id("question")).sendKeys(VUCEVIC, Keys.ENTER);
        WebElement answer = waitForAnswer(1);
        screenshot("02-answer");

        assertThat(answer.getAttribute("data-grounded")).isEqualTo("true");
        assertThat(answer.findElement(By.cssSelector(".answer")).getText()).contains("armed forces and police are prepared");
        List<WebElement> cites = answer.findElements(By.cssSelector(".answer a.cite"));
        assertThat(cites).hasSize(expected.get("citations").size());

        cites.get(0).click();
        WebElement panel = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel[data-state='ready']")));
        WebElement mark = panel.findElement(By.cssSelector("#panel-text mark"));
        screenshot("03-citation");

        assertThat(mark.getText()).isEqualTo(first.get("quote").asText());
        assertThat(panel.findElements(By.cssSelector("#panel-text mark"))).hasSize(1);
        assertThat(browser.findElement(By.id("panel-source")).getText()).isEqualTo(first.get("source").asText());
        assertThat(browser.findElement(By.id("panel-document")).getText()).isEqualTo(first.get("documentId").asText());

        // Read around the quote: the previous passage, then back.
        JsonNode passage = getJson("/api/passages/" + first.get("passageId").asText());
        assertThat(passage.get("previousPassageId").isNull()).isFalse();
        JsonNode previous = getJson("/api/passages/" + passage.get("previousPassageId").asText());
        browser.findElement(By.id("panel-prev")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("panel-passage"), previous.get("passageId").asText()));
        assertThat(browser.findElement(By.id("panel-text")).getText()).isEqualTo(previous.get("text").asText());
        assertThat(browser.findElements(By.cssSelector("#panel-text mark"))).isEmpty();
        browser.findElement(By.id("panel-next")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("panel-passage"), first.get("passageId").asText()));
    }

    @Test
    void anOffTopicQuestionShowsTheNotInTheCorpusState() throws Exception {
        browser.findElement(By.id("question")).sendKeys(OFF_TOPIC, Keys.ENTER);
        WebElement answer = waitForAnswer(1);
        screenshot("04-not-in-corpus");

        assertThat(answer.getAttribute("class")).contains("not-grounded");
        assertThat(answer.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Not in the corpus");
        assertThat(answer.findElement(By.cssSelector(".answer")).getText()).isEqualTo(postChat(OFF_TOPIC).get("answer").asText());
        assertThat(answer.findElements(By.cssSelector("a.cite"))).isEmpty();
    }

    @Test
    void theConversationIsKeptAcrossTurnsAndShiftEnterAddsALine() throws Exception {
        WebElement question = browser.findElement(By.id("question"));
        question.sendKeys("Who urged restraint", Keys.chord(Keys.SHIFT, Keys.ENTER), "in Kosovo?");
        assertThat(question.getAttribute("value")).isEqualTo("Who urged restraint\nin Kosovo?");
        assertThat(browser.findElements(By.cssSelector(".message.user"))).isEmpty();

        question.sendKeys(Keys.ENTER);
        waitForAnswer(1);
        String conversation = conversationId();
        browser.findElement(By.id("question")).sendKeys("What did President Vucic warn of?", Keys.ENTER);
        WebElement second = waitForAnswer(2);

        assertThat(conversation).isNotBlank();
        assertThat(conversationId()).isEqualTo(conversation);
        assertThat(second.getAttribute("data-grounded")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector(".message.user"))).hasSize(2);

        browser.findElement(By.id("new-conversation")).click();
        assertThat(browser.findElements(By.cssSelector(".message"))).isEmpty();
        assertThat(conversationId()).isNull();
    }

    @Test
    void anErrorFromTheServerIsShownInThePage() throws Exception {
        // A conversation the server does not know (as after it expired): 404 problem details.
        browser.executeScript("window.Footnote.state.conversationId = 'no-such-conversation'");
        browser.findElement(By.id("question")).sendKeys(VUCEVIC, Keys.ENTER);
        WebElement failed = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".message.assistant[data-state='error']")));
        WebElement banner = browser.findElement(By.id("error"));
        screenshot("05-error");

        assertThat(banner.isDisplayed()).isTrue();
        assertThat(banner.getText()).contains("Conversation not found").contains("no-such-conversation");
        assertThat(failed.getText()).contains("next question starts a new conversation");

        browser.findElement(By.id("question")).sendKeys(VUCEVIC, Keys.ENTER);
        // The failed turn stays on screen as an error; the new one is the first answer done.
        assertThat(waitForAnswer(1).getAttribute("data-grounded")).isEqualTo("true");
        assertThat(banner.isDisplayed()).isFalse();
    }

    @Test
    void searchListsMatchingPassagesWithHighlightsAndOpensOne() throws Exception {
        browser.findElement(By.id("tab-search")).click();
        browser.findElement(By.id("search-q")).sendKeys("restraint", Keys.ENTER);
        List<WebElement> hits = waitFor().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#search-results li.hit"), 0));
        screenshot("06-search");

        List<WebElement> marks = browser.findElements(By.cssSelector("#search-results mark"));
        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).containsIgnoringCase("restraint"));
        assertThat(browser.findElement(By.id("search-results")).getText()).doesNotContain("<mark>");

        String passageId = hits.get(0).getAttribute("data-passage-id");
        hits.get(0).findElement(By.cssSelector("button")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("panel-passage"), passageId));
    }

    @Test
    void thePositionsViewShowsActorCardsOrSaysTheEndpointIsMissing() throws Exception {
        browser.findElement(By.id("tab-positions")).click();
        browser.findElement(By.id("topic")).sendKeys("Kosovo", Keys.ENTER);
        WebElement result = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#positions-result[data-state='done'], #positions-result[data-state='unavailable']")));
        screenshot("07-positions");

        int status = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/positions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"topic\":\"Kosovo\"}")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 404) {
            assertThat(result.getAttribute("data-state")).isEqualTo("unavailable");
            assertThat(result.getText()).contains("not available on this server");
        } else {
            assertThat(result.getAttribute("data-state")).isEqualTo("done");
            assertThat(result.findElements(By.cssSelector(".card"))).isNotEmpty();
            // Compact on the seed: the comparison on top, five short cards (it was 3,600 px tall).
            assertThat(result.findElement(By.cssSelector(".comparison")).getLocation().getY())
                    .isLessThan(result.findElement(By.cssSelector(".card")).getLocation().getY());
            Number height = (Number) browser.executeScript("return document.getElementById('positions-result').scrollHeight;");
            assertThat(height.intValue()).isLessThan(900);
        }
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
    }

    @Test
    void positionCardsLinkTheirCitations() {
        // The renderer alone, on a response in the documented shape, so it is covered before the endpoint lands.
        browser.findElement(By.id("tab-positions")).click();
        Object cards = browser.executeScript("""
                const div = document.getElementById('positions-result');
                window.Footnote.renderPositions(div, {topic: 'Kosovo', mode: 'extractive', positions: [
                  {actor: 'Milos Vucevic', aliases: ['Vucevic'], summary: 'Forces are ready. [1]',
                   citations: [{marker: 1, passageId: arguments[0], documentId: 'd', source: 's', quote: 'q', start: 0, end: 1}]},
                  {actor: 'European Union', aliases: [], summary: 'Urges restraint.', citations: []}],
                  agreements: ['Both want stability.'], differences: [{text: 'On sovereignty.', actors: ['Serbia']}],
                  notFound: ['NATO'], noStatement: ['Russia'], warnings: ['LLM unavailable.'], method: 'Lexical.'});
                return Array.from(div.querySelectorAll('.card')).map(c => c.dataset.actor + '|' + c.querySelectorAll('a.cite').length);
                """, "x");
        assertThat(cards).isEqualTo(List.of("Milos Vucevic|2", "European Union|0"));
        assertThat(browser.findElement(By.id("positions-result")).getText())
                .contains("Both want stability.").contains("Serbia: On sovereignty.")
                .contains("Not found in the corpus: NATO").contains("no statement on “Kosovo”: Russia")
                .contains("LLM unavailable.");
        // How the comparison is made is there, folded away until asked for.
        assertThat(browser.executeScript("return document.querySelector('#positions-result details.method').textContent;"))
                .asString().contains("Lexical.");
    }

    @Test
    void anLlmAnswerNamesItsModelAndFlagsACitationItsPassageMayNotSupport() {
        // The renderer alone, on the /api/chat shape of an LLM answer (mode, model, checked citations).
        String text = (String) browser.executeScript("""
                const node = document.createElement('div');
                document.getElementById('messages').append(node);
                window.Footnote.renderAnswer(node, {conversationId: 'c', answer: 'Calm. [1] Talks. [2]', grounded: true,
                  mode: 'llm', model: 'qwen2.5', warnings: ['One citation was flagged.'], citations: [
                  {marker: 1, passageId: 'p1', documentId: 'd', source: 's1', quote: 'Calm.', start: 0, end: 5, supported: true},
                  {marker: 2, passageId: 'p2', documentId: 'd', source: 's2', quote: 'Talks.', start: 0, end: 6, supported: false}]},
                  'stream');
                return node.querySelectorAll('.sources li.unsupported').length + '|' + node.innerText;
                """);
        assertThat(text).startsWith("1|").contains("The passage may not support this claim.")
                .contains("Written by qwen2.5").contains("One citation was flagged.");
        assertThat(text.indexOf("may not support")).isGreaterThan(text.indexOf("s2"));
    }

    @Test
    void aPhoneSizedWindowShowsTheAnswerAndThePanelFullWidth() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.findElement(By.id("question")).sendKeys(VUCEVIC, Keys.ENTER);
        WebElement answer = waitForAnswer(1);
        screenshot("08-phone-answer");
        assertThat(horizontalOverflow()).isFalse();
        answer.findElement(By.cssSelector("a.cite")).click();
        WebElement panel = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel[data-state='ready']")));
        screenshot("08-phone-citation");

        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
        assertThat((long) panel.getSize().getWidth()).isEqualTo(viewport);
        assertThat(horizontalOverflow()).isFalse();
        browser.findElement(By.id("panel-close")).click();
        assertThat(panel.isDisplayed()).isFalse();
    }

    @Test
    void aStreamedAnswerGrowsWordByWordThenGetsItsCitationLinks() throws Exception {
        JsonNode expected = postChat(VUCEVIC);
        useStreamFixture();

        browser.findElement(By.id("question")).sendKeys(VUCEVIC, Keys.ENTER);
        WebElement streaming = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message.assistant.streaming .answer")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50)).until(d -> !streaming.getText().isEmpty());
        String partial = streaming.getText();
        screenshot("09-streaming");
        WebElement answer = waitForAnswer(1);

        assertThat(answer.getAttribute("data-transport")).isEqualTo("stream");
        assertThat(partial).isNotEqualTo(expected.get("answer").asText());
        assertThat(expected.get("answer").asText()).startsWith(partial.strip());
        assertThat(answer.findElement(By.cssSelector(".answer")).getText()).isEqualTo(expected.get("answer").asText());
        answer.findElement(By.cssSelector("a.cite")).click();
        WebElement mark = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel[data-state='ready'] #panel-text mark")));
        assertThat(mark.getText()).isEqualTo(expected.at("/citations/0/quote").asText());
        assertThat(conversationId()).isNotBlank();
    }

    @Test
    void anErrorEventMidStreamIsShownInThePage() {
        useStreamFixture();
        browser.findElement(By.id("question")).sendKeys(VUCEVIC + " " + ChatStreamFixture.INTERRUPT, Keys.ENTER);
        WebElement failed = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".message.assistant[data-state='error']")));

        assertThat(failed.getText()).isEqualTo("Answer failed: The language model stopped answering.");
        assertThat(browser.findElement(By.id("error")).getText()).contains("The language model stopped answering.");
    }

    @Test
    void aRestartEventDropsWhatWasStreamedBefore() throws Exception {
        String question = "Who urged restraint? " + ChatStreamFixture.RESTART;
        String expected = postChat(question).get("answer").asText();
        useStreamFixture();

        browser.findElement(By.id("question")).sendKeys(question, Keys.ENTER);
        WebElement answer = waitForAnswer(1);

        assertThat(answer.getAttribute("data-restarts")).isEqualTo("1");
        assertThat(answer.findElement(By.cssSelector(".answer")).getText()).isEqualTo(expected).doesNotContain("Wrong");
    }

    /** Points the page's stream endpoint at the test-only fixture, as if /api/chat/stream existed. */
    private void useStreamFixture() {
        browser.executeScript("window.Footnote.endpoints.stream = arguments[0]; window.Footnote.state.streaming = null;",
                ChatStreamFixture.PATH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStreamParserHandlesEventsSplitAcrossChunks() {
        // The SSE parser in the real browser, fed chunks cut at awkward places (mid-line, between \r and \n).
        Object events = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const chunks = ['event: delta\\r', '\\ndata: {"text":"Hel"}\\r\\n\\r\\n: a comment\\n',
                  'event:delta\\ndata:{"text":"lo"}\\n', '\\nevent: done\\ndata: {"a":1}\\ndata: {"b":2}\\n\\n', 'data: tail'];
                const encoder = new TextEncoder();
                const body = new ReadableStream({start(c) { chunks.forEach(x => c.enqueue(encoder.encode(x))); c.close(); }});
                (async () => {
                  const out = [];
                  for await (const e of window.FootnoteSse.events(body)) { out.push(e.event + '=' + e.data); }
                  done(out);
                })().catch(e => done(['failed: ' + e]));
                """);
        assertThat((List<String>) events).containsExactly(
                "delta={\"text\":\"Hel\"}", "delta={\"text\":\"lo\"}", "done={\"a\":1}\n{\"b\":2}", "message=tail");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
