package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.corpus.StableIds;
import dev.footnote.index.AwaitFirstIndexing;
import dev.footnote.index.CountingIndex;
import dev.footnote.index.Exclusions;
import dev.footnote.index.PendingRemovals;
import dev.footnote.index.VisibleIndex;

/**
 * The documents list pages ({@code limit}, {@code cursor}, {@code total}) and keeps its shape without them; health,
 * {@code /api/index}, a page of the list and a chat answer's document titles read kept counts and records, never the
 * whole index: the backend under the app is a {@link CountingIndex} that notes every call reading every record, every
 * passage or a whole document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"footnote.corpus.watch=false", "management.endpoint.health.show-details=always"})
@Import({AwaitFirstIndexing.class, DocumentsListApiTest.Counting.class})
class DocumentsListApiTest {

    /** More than one page of the Documents tab (50): five named files, then fifty more. */
    private static final List<String> PATHS = paths();
    private static final Path WORK = createWorkDir();

    @LocalServerPort
    int port;
    @Autowired
    CountingIndex counting;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** Puts the counting backend under the app's visible index, as it is wired. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        static BeanPostProcessor countingBackend(ObjectProvider<PendingRemovals> removals, ObjectProvider<Exclusions> exclusions,
                                                 ObjectProvider<CountingIndex> counting) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                    return bean instanceof VisibleIndex visible && !(visible.backend() instanceof CountingIndex)
                            ? new VisibleIndex(counting.getObject(), removals.getObject(), exclusions.getObject()) : bean;
                }
            };
        }

        @Bean
        CountingIndex countingIndex(dev.footnote.index.lucene.LucenePassageIndex backend) {
            return new CountingIndex(backend);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> WORK.resolve("corpus").toString());
        registry.add("footnote.index.dir", () -> WORK.resolve("index").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("db/conversations").toAbsolutePath());
    }

    private static List<String> paths() {
        List<String> paths = new ArrayList<>(List.of("a/alders.txt", "a/ash.txt", "birch.txt", "elm.txt", "hazel.txt"));
        for (int i = 10; i < 60; i++) {
            paths.add("z/rowan-" + i + ".txt");
        }
        return List.copyOf(paths);
    }

    private static Path createWorkDir() {
        try {
            Path dir = Files.createTempDirectory("footnote-documents-list-");
            for (String path : PATHS) {
                Path file = dir.resolve("corpus").resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, "The " + path + " tree grows by the river, its leaves turning in October.\n");
            }
            return dir;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void healthTheIndexStateAndAPageOfTheListReadNoPassagesAndNoListOfRecords() throws Exception {
        counting.reset();
        JsonNode health = get("/actuator/health", 200);
        JsonNode details = health.get("components").get("index").get("details");
        assertThat(details.get("documents").asInt()).isEqualTo(PATHS.size());
        assertThat(details.get("passages").asInt()).isEqualTo(PATHS.size());
        assertThat(get("/api/index", 200).get("documentsDone").asInt()).isEqualTo(PATHS.size());
        JsonNode page = get("/api/documents?limit=50", 200);
        assertThat(page.get("documents")).hasSize(50);
        assertThat(page.get("total").asInt()).isEqualTo(PATHS.size());
        get("/api/documents/" + StableIds.documentId("elm.txt"), 200);

        assertThat(counting.reads()).as("calls that read the whole index or a whole document, by thread")
                .noneMatch(call -> call.contains("http-nio"));
        // The control: a search does reach the counting backend from a request's thread.
        get("/api/search?q=river&mode=bm25", 200);
        assertThat(counting.reads()).anyMatch(call -> call.startsWith("bm25 on http-nio"));
    }

    @Test
    void aChatAnswerLooksItsCitedDocumentsUpByIdNeverThroughTheListOfAllRecords() throws Exception {
        counting.reset();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"When do the leaves of the hazel tree turn?\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode citations = json.readTree(response.body()).get("citations");
        // The control: the answer cites a document, and shows its title, so the title was looked up.
        assertThat(citations).isNotEmpty();
        assertThat(citations.get(0).get("documentTitle").asText()).isNotBlank();

        assertThat(counting.reads()).as("every record read for one answer: the list grows with the corpus")
                .noneMatch(call -> call.startsWith("files on http-nio"));
    }

    @Test
    void theListPagesWithACursorAndATotalAndKeepsItsShapeWithoutThem() throws Exception {
        JsonNode all = get("/api/documents", 200);
        assertThat(all.get("documents")).extracting(d -> d.get("path").asText()).containsExactlyElementsOf(PATHS);
        assertThat(all.get("total").asInt()).isEqualTo(PATHS.size());
        assertThat(all.get("nextCursor").isNull()).isTrue();

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get("/api/documents?limit=20" + (cursor == null ? "" : "&cursor=" + cursor), 200);
            assertThat(page.get("total").asInt()).isEqualTo(PATHS.size());
            assertThat(page.get("documents").size()).isLessThanOrEqualTo(20);
            page.get("documents").forEach(d -> paged.add(d.get("path").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(paged).containsExactlyElementsOf(PATHS);
        assertThat(pages).isEqualTo(3);
        assertThat(get("/api/documents?cursor=" + DocumentCursor.of("elm.txt"), 200).get("documents").get(0).get("path").asText())
                .as("a cursor alone: the page after it").isEqualTo("hazel.txt");

        assertThat(problem("/api/documents?limit=0")).contains("'limit'");
        assertThat(problem("/api/documents?limit=1001")).contains("'limit'");
        assertThat(problem("/api/documents?limit=2&cursor=%25%25not-a-cursor")).contains("'cursor'");
    }

    @Test
    void theDocumentsTabShowsFiftyAndTheTotalAndShowMoreBringsTheRest() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(options -> { })) {
            ChromeDriver browser = chromium.driver();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class);
            browser.manage().window().setSize(new Dimension(1280, 860));
            browser.get("http://localhost:" + port + "/");
            browser.findElement(By.id("tab-documents")).click();
            wait.until(d -> d.findElements(By.cssSelector("#documents-list tr")).size() == 50);
            assertThat(browser.findElement(By.id("documents-count")).getText()).isEqualTo("Showing 50 of 55 documents.");

            browser.findElement(By.id("documents-show-more")).click();
            wait.until(d -> d.findElements(By.cssSelector("#documents-list tr")).size() == 55);
            wait.until(d -> d.findElement(By.id("documents-count")).getText().equals("55 documents."));
            assertThat(browser.findElement(By.id("documents-show-more")).isDisplayed()).isFalse();
        }
    }

    private String problem(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return json.readTree(response.body()).get("detail").asText();
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }
}
