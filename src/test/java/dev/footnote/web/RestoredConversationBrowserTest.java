package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.footnote.index.AwaitFirstIndexing;

/**
 * In Chromium: a conversation whose cited document was deleted afterwards, reopened from the
 * sidebar, shows its answer with the quote kept with it, marked "no longer in the corpus", and the
 * citation opens that quote rather than an empty panel; a citation of an uploaded document names
 * the document's title; the question box's placeholder fits at phone and desktop width.
 * Screenshots go to {@code docs/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AwaitFirstIndexing.class)
class RestoredConversationBrowserTest extends PageBrowserTestBase {

    private static final Path WORK = createWorkDir();
    private static final Path DOCS = Path.of("docs", "screenshots");
    private static final String QUESTION = "What colour was the Tarnwick lighthouse painted?";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> WORK.resolve("corpus").toString());
        registry.add("footnote.index.dir", () -> WORK.resolve("index").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("db/conversations").toAbsolutePath());
    }

    private static Path createWorkDir() {
        try {
            Path dir = Files.createTempDirectory("footnote-restored-conversation-");
            Files.createDirectories(dir.resolve("corpus"));
            Files.writeString(dir.resolve("corpus/ferry.txt"), "The Dunmere ferry carries forty cars across the sound every hour.\n");
            return dir;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReopenedConversationShowsTheQuoteOfADeletedDocumentAsNoLongerInTheCorpus() throws Exception {
        String documentId = upload("harbour-report.md", """
                # Tarnwick Harbour Report

                The Tarnwick lighthouse was painted ochre in 1911 by the harbour board.
                """);
        awaitIndexed(documentId);
        open(DESKTOP);
        WebElement answer = ask(QUESTION, 1);
        String conversation = conversationId();
        WebElement card = answer.findElement(By.cssSelector(".source-card"));
        // An uploaded document is named by its title, not by its uploads/ file.
        waitFor().until(d -> card.findElement(By.cssSelector(".doc")).getText().equals("Tarnwick Harbour Report"));
        String quote = card.findElement(By.cssSelector(".quote")).getText();
        assertThat(quote).contains("ochre");
        assertThat(card.findElements(By.cssSelector(".gone-note"))).isEmpty();

        assertThat(send("DELETE", "/api/documents/" + documentId)).isEqualTo(204);
        open(DESKTOP);
        sidebarItem(conversation).findElement(By.cssSelector(".open")).click();
        WebElement restored = waitForAnswer(1);
        WebElement kept = restored.findElement(By.cssSelector(".source-card"));
        assertThat(kept.getAttribute("class")).contains("gone");
        assertThat(kept.findElement(By.cssSelector(".gone-note")).getText()).isEqualTo("no longer in the corpus");
        assertThat(kept.findElement(By.cssSelector(".quote")).getText()).isEqualTo(quote);
        assertThat(kept.findElement(By.cssSelector(".doc")).getText()).isEqualTo("Tarnwick Harbour Report");

        restored.findElement(By.cssSelector(".answer a.cite")).click();
        WebElement mark = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel[data-state='gone'] #panel-text mark")));
        JsonNode stored = getJson("/api/conversations/" + conversation).at("/turns/0/citations/0");
        assertThat(mark.getText()).isEqualTo(stored.get("quote").asText());
        assertThat(browser.findElement(By.cssSelector("#panel-text .gone-notice")).getText()).startsWith("No longer in the corpus");
        assertThat(browser.findElement(By.id("panel-source")).getText()).isEqualTo(stored.get("source").asText());
        assertThat(browser.findElement(By.id("error")).isDisplayed()).as("no error banner for a passage that is gone").isFalse();
        Files.createDirectories(DOCS);
        shoot("conversations-07-deleted-source.png");
    }

    @Test
    void theQuestionBoxPlaceholderIsNotCutOffOnAPhoneOrADesktop() throws Exception {
        for (var size : java.util.List.of(PHONE, DESKTOP)) {
            open(size);
            assertThat(horizontalOverflow()).isFalse();
            // The placeholder's width in the box's own font, against the room inside the box.
            double[] widths = ((java.util.List<?>) browser.executeScript("""
                    const box = document.getElementById('question');
                    const style = getComputedStyle(box);
                    const context = document.createElement('canvas').getContext('2d');
                    context.font = style.font;
                    const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                    return [context.measureText(box.placeholder).width, room];""")).stream()
                    .mapToDouble(n -> ((Number) n).doubleValue()).toArray();
            assertThat(widths[0]).as("placeholder width at " + size + " (room " + widths[1] + ")").isLessThan(widths[1]);
            Files.createDirectories(DOCS);
            shoot(size.equals(PHONE) ? "chat-phone.png" : "chat-desktop.png");
        }
    }

    private String upload(String fileName, String text) throws Exception {
        String boundary = "footnote-test-boundary";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body()).at("/documents/0/documentId").asText();
    }

    private void awaitIndexed(String documentId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"indexed".equals(getJson("/api/documents/" + documentId).get("status").asText())) {
            assertThat(System.nanoTime()).as("indexed within a minute").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private int send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void shoot(String name) throws Exception {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), DOCS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
