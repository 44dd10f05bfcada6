package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.footnote.corpus.DocumentFixtures;
import dev.footnote.index.AwaitFirstIndexing;

/**
 * Over a memo (Word) and a report with a title page (PDF), built here: a question about the memo's
 * finding quotes the finding, never the memo's header lines or its signature, which stay searchable as
 * the passage's context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AwaitFirstIndexing.class)
class MemoAnswersTest {

    private static final Path WORK = corpus();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> WORK.resolve("corpus").toString());
        registry.add("footnote.index.dir", () -> WORK.resolve("index").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:memo-answers;DB_CLOSE_DELAY=-1");
    }

    private static Path corpus() {
        try {
            Path dir = Files.createTempDirectory("footnote-memo-answers-");
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            Files.write(corpus.resolve("harbor-bridge-memo.docx"), DocumentFixtures.memo());
            Files.write(corpus.resolve("budget-report.pdf"), DocumentFixtures.reportWithTitlePage());
            Files.writeString(corpus.resolve("ferries.md"), "# Ferries\n\nThe harbor ferry runs every twenty minutes between"
                    + " the old town and the islands, and the city plans a second boat for the summer.\n");
            return dir;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Before header lines and signatures were context, this question was answered "From: Daniel Kim, City Engineer [1]".
     * The name is in the memo's From: line only, which is the passage's context: it backs the question's name, so the
     * finding is quoted; a header line or the signature is never quoted.
     */
    @Test
    void aQuestionNamingTheMemosAuthorNeverQuotesItsHeaderOrSignature() throws Exception {
        JsonNode reply = new ApiClient(port).chat("What did Daniel Kim find on the Harbor Bridge?", null);

        String answer = reply.get("answer").asText();
        assertThat(answer).doesNotContain("P.E.").doesNotContain("Subject:").doesNotContain("From:").doesNotContain("Sincerely");
        for (JsonNode citation : reply.get("citations")) {
            assertThat(citation.get("quote").asText()).doesNotContain("Daniel Kim").doesNotContain("Subject:");
        }
        assertThat(reply.get("grounded").asBoolean()).as(reply.toString()).isTrue();
        assertThat(reply.get("citations").get(0).get("quote").asText()).as(reply.toString()).isEqualTo(DocumentFixtures.MEMO_FINDING);
    }

    @Test
    void aQuestionAboutTheMemosFindingQuotesTheFinding() throws Exception {
        JsonNode reply = new ApiClient(port).chat("What did the inspection find on the Harbor Bridge?", null);

        assertThat(reply.get("grounded").asBoolean()).as(reply.toString()).isTrue();
        assertThat(reply.get("citations").get(0).get("quote").asText()).isEqualTo(DocumentFixtures.MEMO_FINDING);
        for (JsonNode citation : reply.get("citations")) {
            assertThat(citation.get("quote").asText()).doesNotContain("Subject:").doesNotContain("Daniel Kim");
        }
    }

    @Test
    void theMemosHeaderAndSignatureAreThePassagesContext() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode reply = api.chat("What did the inspection find on the Harbor Bridge?", null);
        String passageId = reply.get("citations").get(0).get("passageId").asText();

        JsonNode passage = api.get("/api/passages/" + passageId);

        assertThat(passage.get("text").asText()).isEqualTo(DocumentFixtures.MEMO_FINDING);
        assertThat(passage.get("context").asText()).contains("From: Daniel Kim, City Engineer", "Subject: Harbor Bridge inspection",
                "Daniel Kim, P.E., City Engineer");
    }

    @Test
    void aBudgetQuestionQuotesTheReportNotItsTitlePage() throws Exception {
        JsonNode reply = new ApiClient(port).chat("What is the total budget for FY2025?", null);

        assertThat(reply.get("grounded").asBoolean()).as(reply.toString()).isTrue();
        assertThat(reply.get("citations").get(0).get("quote").asText()).as(reply.toString()).contains("412.6 million dollars");
        for (JsonNode citation : reply.get("citations")) {
            assertThat(citation.get("quote").asText()).isNotIn("FY2025 Budget Report", "Riverton FY2025 Budget Report",
                    "Riverton City Council", "Prepared by the Finance Department", "March 2025");
        }
    }
}
