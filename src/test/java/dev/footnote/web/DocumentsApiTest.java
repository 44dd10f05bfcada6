package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.corpus.DocumentFixtures;

/** The live corpus through HTTP: upload, status, search, answer with a page, delete; the watched folder; bad uploads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentsApiTest {

    private static final Path WORK = createWorkDir();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> WORK.resolve("corpus").toString());
        registry.add("footnote.index.dir", () -> WORK.resolve("index").toString());
        registry.add("footnote.corpus.watch-interval", () -> "300ms");
        registry.add("footnote.corpus.max-file-size", () -> "2MB");
        registry.add("footnote.corpus.max-unpacked-size", () -> "20MB");
        // Health details need a key since issue 12; this test reads the index component's.
        registry.add("management.endpoint.health.show-details", () -> "always");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("db/conversations").toAbsolutePath());
    }

    private static Path createWorkDir() {
        try {
            Path dir = Files.createTempDirectory("footnote-documents-api-");
            Files.createDirectories(dir.resolve("corpus"));
            return dir;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anUploadedPdfBecomesSearchableWithItsPageAndGoesAwayWhenDeleted() throws Exception {
        byte[] pdf = DocumentFixtures.pdf("Harbour Report", List.of(
                List.of("The first page describes the old lighthouse."),
                List.of("The new pier at Kestrelmouth opened in March and cost nine million crowns.")));

        HttpResponse<String> response = upload(new Part("file", "harbour-report.pdf", pdf));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode uploaded = json.readTree(response.body()).get("documents").get(0);
        String id = uploaded.get("documentId").asText();
        assertThat(uploaded.get("path").asText()).isEqualTo("uploads/harbour-report.pdf");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/documents/" + id);

        JsonNode status = awaitStatus(id, "indexed");
        assertThat(status.get("title").asText()).isEqualTo("Harbour Report");
        assertThat(status.get("type").asText()).isEqualTo("pdf");
        assertThat(status.get("pages").asInt()).isEqualTo(2);
        assertThat(status.get("passages").asInt()).isEqualTo(2);

        JsonNode hit = get("/api/search?q=" + enc("Kestrelmouth pier cost") + "&limit=1", 200).get("hits").get(0);
        assertThat(hit.get("documentId").asText()).isEqualTo(id);
        assertThat(hit.get("page").asInt()).isEqualTo(2);
        assertThat(hit.get("source").asText()).isEqualTo("Harbour Report, p. 2");

        JsonNode answer = postJson("/api/chat", "{\"message\": \"How much did the new pier at Kestrelmouth cost?\"}");
        assertThat(answer.get("grounded").asBoolean()).as(answer.toString()).isTrue();
        assertThat(answer.get("citations").get(0).get("source").asText()).isEqualTo("Harbour Report, p. 2");

        assertThat(send(HttpRequest.newBuilder(uri("/api/documents/" + id)).DELETE().build()).statusCode()).isEqualTo(204);
        // Hidden at once; the indexing worker then removes the passages and, after them, the file.
        get("/api/documents/" + id, 404);
        assertThat(get("/api/search?q=" + enc("Kestrelmouth pier") + "&limit=5&mode=bm25", 200).get("hits"))
                .noneMatch(h -> h.get("documentId").asText().equals(id));
        assertThat(send(HttpRequest.newBuilder(uri("/api/documents/" + id)).DELETE().build()).statusCode()).isEqualTo(404);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (java.nio.file.Files.exists(WORK.resolve("corpus/uploads/harbour-report.pdf")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(WORK.resolve("corpus/uploads/harbour-report.pdf")).doesNotExist();
    }

    @Test
    void aTwoMegabyteUploadPassesTheBodyLimitThatRefusesATwoMegabyteChatBody() throws Exception {
        // footnote.web.max-body-size is 1 MB; an upload has its own limit (footnote.corpus.max-file-size, 2 MB here).
        String sentence = "The Wrenfield archive keeps its ledgers in a copper vault.\n";
        byte[] text = (sentence + " ".repeat(2_000_000 - sentence.length())).getBytes(StandardCharsets.UTF_8);
        assertThat(text.length).isGreaterThan(1024 * 1024);

        HttpResponse<String> response = upload(new Part("file", "wrenfield.txt", text));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = json.readTree(response.body()).get("documents").get(0).get("documentId").asText();
        awaitStatus(id, "indexed");
        assertThat(send(HttpRequest.newBuilder(uri("/api/documents/" + id)).DELETE().build()).statusCode()).isEqualTo(204);

        String chat = "{\"message\": \"" + "a ".repeat(1_000_000) + "\"}";
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(chat)).build());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        // Multipart is exempt only where documents are uploaded: the same file sent to the chat is held to the body limit.
        String boundary = "footnote-test-boundary";
        byte[] multipart = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"wrenfield.txt\"\r\n\r\n"
                + new String(text, StandardCharsets.UTF_8) + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(send(HttpRequest.newBuilder(uri("/api/chat")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart)).build()).statusCode()).isEqualTo(413);
    }

    @Test
    void aFileDroppedIntoTheWatchedFolderBecomesAnswerableWithoutARestart() throws Exception {
        Files.createDirectories(WORK.resolve("corpus/dropped"));
        Files.write(WORK.resolve("corpus/dropped/minutes.docx"), DocumentFixtures.docx("Council Minutes", List.of(
                "# Decisions", "The council voted to rename Quillon Street to Marigold Avenue.")));

        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode hit;
        do {
            Thread.sleep(200);
            // BM25 only: the dense side always returns the nearest passages, found or not.
            hit = get("/api/search?q=" + enc("Quillon Street renamed") + "&limit=1&mode=bm25", 200).get("hits").path(0);
        } while (!hit.path("text").asText().contains("Quillon") && System.nanoTime() < deadline);
        assertThat(hit.path("text").asText()).as("the dropped file was not indexed within %s", WAIT).contains("Quillon");
        assertThat(hit.get("section").asText()).isEqualTo("Decisions");
        assertThat(hit.get("source").asText()).isEqualTo("Council Minutes");
        JsonNode documents = get("/api/documents", 200).get("documents");
        assertThat(documents).anySatisfy(d -> {
            assertThat(d.get("path").asText()).isEqualTo("dropped/minutes.docx");
            assertThat(d.get("status").asText()).isEqualTo("indexed");
            assertThat(d.get("type").asText()).isEqualTo("docx");
        });
    }

    @Test
    void badUploadsGetAClearStatusOrProblemAndLeaveTheRestIndexed() throws Exception {
        HttpResponse<String> unsupported = upload(new Part("file", "tool.exe", new byte[] {1, 2, 3}));
        assertThat(unsupported.statusCode()).isEqualTo(415);
        assertThat(unsupported.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(unsupported.body()).contains("tool.exe").contains(".pdf").contains(".docx");

        HttpResponse<String> tooLarge = upload(new Part("file", "big.txt", new byte[3 * 1024 * 1024]));
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> escaping = upload(new Part("file", "../../etc/evil.txt", "Text about the escape attempt.".getBytes(StandardCharsets.UTF_8)));
        assertThat(escaping.statusCode()).isEqualTo(202);
        JsonNode stored = json.readTree(escaping.body()).get("documents").get(0);
        assertThat(stored.get("path").asText()).isEqualTo("uploads/evil.txt");
        assertThat(WORK.resolve("corpus/uploads/evil.txt")).exists();
        assertThat(WORK.resolve("etc/evil.txt")).doesNotExist();

        byte[] text = "The same content, sent twice, about the orchard of Bellwether.".getBytes(StandardCharsets.UTF_8);
        String first = json.readTree(upload(new Part("file", "orchard.txt", text)).body()).get("documents").get(0).get("documentId").asText();
        awaitStatus(first, "indexed");
        JsonNode again = json.readTree(upload(new Part("file", "orchard-copy.txt", text)).body()).get("documents").get(0);
        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(again.get("documentId").asText()).isEqualTo(first);

        JsonNode batch = json.readTree(upload(
                new Part("files", "empty.txt", new byte[0]),
                new Part("files", "corrupt.pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII)),
                new Part("files", "locked.pdf", DocumentFixtures.pdf("Locked", List.of(List.of("Secret words.")), "pw")),
                new Part("files", "bomb.docx", DocumentFixtures.zipBomb(40))).body()).get("documents");
        assertThat(batch.get(0).get("status").asText()).isEqualTo("skipped");
        assertThat(batch.get(0).get("reason").asText()).isEqualTo("is empty");
        assertThat(awaitStatus(batch.get(1).get("documentId").asText(), "failed").get("reason").asText()).startsWith("cannot be parsed");
        assertThat(awaitStatus(batch.get(2).get("documentId").asText(), "skipped").get("reason").asText()).isEqualTo("is password-protected");
        assertThat(awaitStatus(batch.get(3).get("documentId").asText(), "skipped").get("reason").asText()).contains("decompression bomb");

        // Everything else is still there.
        assertThat(get("/api/documents/" + first, 200).get("status").asText()).isEqualTo("indexed");
        assertThat(get("/api/search?q=" + enc("orchard Bellwether") + "&limit=1&mode=bm25", 200).get("hits").get(0).get("text").asText())
                .contains("Bellwether");
    }

    @Test
    void indexProgressAndHealthAreReported() throws Exception {
        JsonNode index = get("/api/index", 200);
        assertThat(index.has("state")).isTrue();
        assertThat(index.get("state").asText()).isIn("starting", "indexing", "ready");
        for (String field : List.of("documentsTotal", "documentsDone", "passagesDone", "passagesPerSecond", "etaSeconds")) {
            assertThat(index.has(field)).as(field).isTrue();
        }
        JsonNode health = get("/actuator/health", 200);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/index/details/indexing").asText()).isIn("starting", "indexing", "ready");
    }

    /** The page's documents view in Debian's headless Chromium: pick a file, watch it become indexed, delete it (after a confirmation). */
    @Test
    void aFileUploadedFromTheDocumentsViewIsIndexedAndListed() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Path chromedriver = Path.of("/usr/bin/chromedriver");
        assumeTrue(Files.isExecutable(chromium) && Files.isExecutable(chromedriver),
                "Debian's chromium and chromium-driver are not installed (run .ci/install-browser)");
        Path upload = WORK.resolve("to-upload/field-notes.docx");
        Files.createDirectories(upload.getParent());
        Files.write(upload, DocumentFixtures.docx("Field Notes", List.of("The heron colony at Saltmere counted forty nests.")));
        Path profile = Files.createTempDirectory("footnote-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,860");
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            var wait = new WebDriverWait(browser, WAIT);
            browser.get("http://localhost:" + port + "/");
            browser.findElement(By.id("tab-documents")).click();
            browser.findElement(By.id("documents-file")).sendKeys(upload.toString());
            By row = By.xpath("//tbody[@id='documents-list']/tr[td[1]='Field Notes']");
            wait.until(d -> d.findElements(row).size() == 1 && d.findElement(row).getText().contains("indexed"));
            String text = browser.findElement(row).getText();
            assertThat(text).contains("docx").contains("indexed");
            assertThat(browser.findElement(By.id("index-summary")).getText()).isNotBlank();
            // The upload's message follows the document to its end state, not "queued" for ever.
            wait.until(d -> d.findElement(By.id("documents-message")).getText().equals("field-notes.docx: indexed"));
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", "documents-view.png"),
                    browser.getScreenshotAs(OutputType.BYTES));

            // The list is drawn again every second: a row found just before may be gone when clicked.
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                d.findElement(row).findElement(By.cssSelector("button.delete-document")).click();
                return true;
            });
            // Asked first, naming the document; an upload's file is deleted.
            var confirm = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
            assertThat(confirm.getText()).contains("Field Notes").contains("uploads/field-notes.docx").contains("deleted");
            confirm.accept();
            wait.until(d -> d.findElements(row).isEmpty());
        } finally {
            browser.quit();
            service.stop();
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    private JsonNode awaitStatus(String id, String expected) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode status = get("/api/documents/" + id, 200);
        while (!status.get("status").asText().equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = get("/api/documents/" + id, 200);
        }
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo(expected);
        return status;
    }

    record Part(String name, String fileName, byte[] content) {
    }

    private HttpResponse<String> upload(Part... parts) throws Exception {
        String boundary = "footnote-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\"; filename=\""
                    + part.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(part.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET().build());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    private JsonNode postJson(String path, String body) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
