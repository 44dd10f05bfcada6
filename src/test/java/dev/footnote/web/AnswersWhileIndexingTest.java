package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.footnote.index.CountingEmbedder;
import dev.footnote.index.TextEmbedder;

/**
 * Answers while the first indexing runs: the indexer is held at the third of three documents (its embedder
 * waits for the test), so every endpoint and the page answer over two of three documents and say so; once
 * indexing is released and done, the warning is gone and the third document answers. The tests run in order:
 * the first two while indexing is held, the last releases it. The page test is skipped without Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AnswersWhileIndexingTest.HeldIndexing.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnswersWhileIndexingTest {

    private static final Path WORK = corpus();
    /** Opened by the test: until then, the indexer cannot embed the third document. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static final String WARNING = "Indexing: 2 of 3 documents done; documents not yet indexed are not searched.";
    private static final String NOT_FOUND_YET = "not found in the 2 of 3 documents indexed so far";
    private static final String LIGHTHOUSE = "When was the Kestrel Point lighthouse built?";
    private static final String QUINCES = "How many tonnes of quinces does the Marlow orchard cooperative harvest?";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> WORK.resolve("corpus").toString());
        registry.add("footnote.index.dir", () -> WORK.resolve("index").toString());
        // One document per commit, so that the first two are searchable while the third is held.
        registry.add("footnote.index.commit-passages", () -> "1");
        registry.add("footnote.index.commit-interval", () -> "0s");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:answers-while-indexing;DB_CLOSE_DELAY=-1");
    }

    /** An embedder that holds the indexer at the document about quinces until the test releases it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class HeldIndexing {

        @Bean
        @Primary
        TextEmbedder heldEmbedder() {
            CountingEmbedder words = new CountingEmbedder("held-test-embedder");
            return new TextEmbedder() {
                @Override
                public String modelId() {
                    return words.modelId();
                }

                @Override
                public List<float[]> embedAll(List<String> texts) {
                    // Only the indexer waits: questions about quinces are embedded on request threads and answer at once.
                    if (Thread.currentThread().getName().startsWith("footnote-indexer") && texts.stream().anyMatch(t -> t.contains("quinces"))) {
                        try {
                            RELEASE.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return words.embedAll(texts);
                }
            };
        }
    }

    private static Path corpus() {
        try {
            Path dir = Files.createTempDirectory("footnote-answers-while-indexing-");
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            Files.writeString(corpus.resolve("a-lighthouse.md"), "# Lighthouse\n\nThe Kestrel Point lighthouse was built in 1871"
                    + " by the harbour board, and its lamp was electrified in 1923.\n");
            Files.writeString(corpus.resolve("b-ferries.md"), "# Ferries\n\nThe harbour ferry runs every twenty minutes between"
                    + " the old town and the islands.\n");
            Files.writeString(corpus.resolve("c-orchards.md"), "# Orchards\n\nThe Marlow orchard cooperative harvests 300 tonnes"
                    + " of quinces every October and sells most of them to jam makers.\n");
            return dir;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void release() {
        RELEASE.countDown();
    }

    @Test
    @Order(1)
    void whileIndexingEveryEndpointSaysHowMuchIsIndexed() throws Exception {
        ApiClient api = new ApiClient(port);
        awaitIndex(api, "indexing", 2);

        // An answer from the indexed part carries the warning, on every endpoint.
        List<ApiClient.Outcome> answered = List.of(api.chatOutcome(LIGHTHOUSE), api.streamOutcome(LIGHTHOUSE),
                api.completionOutcome(LIGHTHOUSE), api.streamedCompletionOutcome(LIGHTHOUSE));
        String described = ApiClient.describe(answered);
        assertThat(answered).as(described).allSatisfy(o -> {
            assertThat(o.warnings()).contains(WARNING);
            assertThat(o.answer()).contains("1871").doesNotContain(NOT_FOUND_YET);
        });

        // A question whose document is not indexed yet is refused, saying where it was not found.
        List<ApiClient.Outcome> refused = List.of(api.chatOutcome(QUINCES), api.streamOutcome(QUINCES),
                api.completionOutcome(QUINCES), api.streamedCompletionOutcome(QUINCES));
        described = ApiClient.describe(refused);
        assertThat(refused).as(described).allSatisfy(o -> {
            assertThat(o.grounded()).isFalse();
            assertThat(o.warnings()).contains(WARNING);
            assertThat(o.answer()).contains(NOT_FOUND_YET);
        });
        assertThat(api.chat(QUINCES, null).get("answer").asText())
                .startsWith("The corpus does not contain an answer to this question.").endsWith(NOT_FOUND_YET + ".");
    }

    @Test
    @Order(2)
    void whileIndexingThePageShowsTheWarningAboveTheAnswer() throws Exception {
        awaitIndex(new ApiClient(port), "indexing", 2);
        try (HeadlessChromium chromium = HeadlessChromium.start(options -> { })) {
            ChromeDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            browser.get("http://localhost:" + port + "/");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("question"))).sendKeys(QUINCES, Keys.ENTER);
            WebElement answer = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".message.assistant[data-state='done']")));

            WebElement notice = answer.findElement(By.cssSelector(".notice.indexing"));
            assertThat(notice.isDisplayed()).isTrue();
            assertThat(notice.getText()).isEqualTo(WARNING);
            assertThat(answer.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Not found yet");
            assertThat(answer.findElement(By.cssSelector(".answer")).getText()).contains(NOT_FOUND_YET);
            // Shown once, above the answer, not again in the small print below it.
            assertThat(answer.findElements(By.cssSelector(".warnings li"))).noneMatch(li -> li.getText().startsWith("Indexing:"));
        }
    }

    @Test
    @Order(3)
    void onceIndexingIsDoneTheWarningIsGoneAndTheLastDocumentAnswers() throws Exception {
        ApiClient api = new ApiClient(port);
        RELEASE.countDown();
        awaitIndex(api, "ready", 3);

        List<ApiClient.Outcome> after = List.of(api.chatOutcome(QUINCES), api.streamOutcome(QUINCES),
                api.completionOutcome(QUINCES), api.streamedCompletionOutcome(QUINCES), api.chatOutcome(LIGHTHOUSE));
        String described = ApiClient.describe(after);
        assertThat(after).as(described).allSatisfy(o -> {
            assertThat(o.warnings()).noneMatch(w -> w.startsWith("Indexing:"));
            assertThat(o.answer()).doesNotContain("indexed so far");
        });
        assertThat(after.get(0).grounded()).as(described).isTrue();
        assertThat(after.get(0).answer()).contains("300 tonnes");
    }

    private static void awaitIndex(ApiClient api, String state, int documentsDone) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode index = api.get("/api/index");
        while (!(index.get("state").asText().equals(state) && index.get("documentsDone").asInt() == documentsDone)) {
            assertThat(System.nanoTime()).as("waiting for %s with %d documents done; last %s", state, documentsDone, index)
                    .isLessThan(deadline);
            Thread.sleep(50);
            index = api.get("/api/index");
        }
        assertThat(index.get("documentsTotal").asInt()).isEqualTo(3);
    }
}
