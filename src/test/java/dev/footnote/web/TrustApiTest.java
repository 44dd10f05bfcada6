package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.footnote.answer.ExtractiveAnswerer;
import dev.footnote.index.AwaitFirstIndexing;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.Retriever;

/**
 * A cited answer is backed by what it quotes, or it is an honest refusal (issue 20), end to end over a small mixed
 * corpus written here: the seed, a hospital report, a city budget and a university's alumni. Near-miss questions
 * (about something near what the corpus covers) are refused with the nearest evidence shown but not grounded; "how
 * many" takes the number that counts what is asked; claims are answered from their evidence.
 */
@Import(AwaitFirstIndexing.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:trust-test;DB_CLOSE_DELAY=-1")
class TrustApiTest {

    static final Path DIR = folder();

    @DynamicPropertySource
    static void corpus(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> DIR.resolve("corpus").toString());
        registry.add("footnote.index.dir", () -> DIR.resolve("index").toString());
    }

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("footnote-trust-");
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            Files.copy(Path.of("corpus/kosovo-statements.txt"), corpus.resolve("kosovo-statements.txt"));
            Files.writeString(corpus.resolve("hospital.md"), """
                    # St. Anne's Hospital expansion

                    The hospital board approved the cardiac wing in March. The cardiac wing will open in two phases and add a 48-bed unit. Construction is led by Harlow Builders.
                    """);
            Files.writeString(corpus.resolve("budget.md"), """
                    # Riverton FY2025 budget report

                    The Riverton City Council adopted the FY2025 budget in June. The FY2025 budget totals 412.6 million dollars, of which 38 million dollars go to road repairs.
                    """);
            Files.writeString(corpus.resolve("alumni.md"), """
                    # University of Chicago alumni

                    Notable alumni in politics include the Prime Minister of Canada William Lyon Mackenzie King and several members of the United States Congress.
                    """);
            Files.writeString(corpus.resolve("panthers.md"), """
                    # Carolina Panthers

                    In the 2015 season the Carolina Panthers won fifteen of their sixteen regular season games under head coach Ron Rivera.

                    Quarterback Cam Newton threw for 3,837 yards and 35 touchdowns and was named the league's Most Valuable Player.
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ExtractiveAnswerer answerer;

    @Autowired
    Retriever retriever;

    @ParameterizedTest
    @ValueSource(strings = {
            "Who is the current prime minister of Japan?",
            "What was the budget in FY2019?",
            "What did Greta Garbo say about Kosovo?",
            "How many beds will the cardiac wing in Tasmania have?"})
    void aNearMissQuestionIsRefusedWithTheNearestEvidenceNotGrounded(String question) throws Exception {
        JsonNode reply = new ApiClient(port).chat(question, null);

        assertThat(reply.get("grounded").asBoolean()).as(reply.toString()).isFalse();
        assertThat(reply.get("shortAnswer").isNull()).as(reply.toString()).isTrue();
        assertThat(reply.get("answer").asText()).startsWith("The corpus does not contain an answer to this question.");
        // At most what the corpus says nearby, never as support, and quoted verbatim.
        for (JsonNode c : reply.get("citations")) {
            assertThat(c.get("supported").asBoolean()).isFalse();
            assertThat(reply.get("answer").asText()).contains("“" + c.get("quote").asText() + "” [" + c.get("marker").asInt() + "]");
            JsonNode passage = new ApiClient(port).get("/api/passages/" + c.get("passageId").asText());
            assertThat(passage.get("text").asText().substring(c.get("start").asInt(), c.get("end").asInt()))
                    .isEqualTo(c.get("quote").asText());
        }
    }

    @Test
    void theQuestionsOwnFactsAreAnsweredAndGrounded() throws Exception {
        JsonNode reply = new ApiClient(port).chat("What does the FY2025 budget total?", null);

        assertThat(reply.get("grounded").asBoolean()).as(reply.toString()).isTrue();
        assertThat(reply.at("/citations/0/quote").asText()).contains("412.6 million dollars");
        assertThat(reply.at("/citations/0/supported").asBoolean()).isTrue();
    }

    @Test
    void aYearTheDocumentSaysInAnotherRetrievedParagraphBacksTheQuote() throws Exception {
        JsonNode said = new ApiClient(port).chat("How many yards did Newton throw for in 2015?", null);
        JsonNode notSaid = new ApiClient(port).chat("How many yards did Newton throw for in 2011?", null);

        assertThat(said.get("grounded").asBoolean()).as(said.toString()).isTrue();
        assertThat(said.at("/citations/0/quote").asText()).contains("3,837 yards");
        assertThat(notSaid.get("grounded").asBoolean()).as(notSaid.toString()).isFalse();
    }

    @Test
    void howManyTakesTheNumberThatCountsWhatIsAskedNotANeighbouringOne() throws Exception {
        JsonNode reply = new ApiClient(port).chat("How many beds will the cardiac wing have?", null);

        assertThat(reply.get("grounded").asBoolean()).as(reply.toString()).isTrue();
        assertThat(reply.at("/citations/0/quote").asText()).contains("48-bed");
        // Shown only when sure; when shown, never "two" (the phases).
        if (!reply.get("shortAnswer").isNull()) {
            assertThat(reply.at("/shortAnswer/text").asText()).startsWith("48");
        }
        // The span considered, shown or not, is the number of beds.
        Query query = new Query("How many beds will the cardiac wing have?");
        var considered = answerer.decideForTuning(query, retriever.retrieve(query, 5)).shortAnswer();
        assertThat(considered.answer().text()).startsWith("48");
    }

    @Test
    void aClaimBackedByTheCorpusIsQuotedAndGrounded() throws Exception {
        JsonNode reply = new ApiClient(port).chat("Is it true that the cardiac wing will add a 48-bed unit?", null);

        assertThat(reply.get("grounded").asBoolean()).as(reply.toString()).isTrue();
        assertThat(reply.at("/citations/0/quote").asText()).contains("48-bed unit");
    }

    @Test
    void aClaimWithAChangedNumberIsNotAnsweredAsBackedButItsEvidenceIsShown() throws Exception {
        JsonNode reply = new ApiClient(port).chat("Is it true that the cardiac wing will add a 60-bed unit?", null);

        assertThat(reply.get("grounded").asBoolean()).as(reply.toString()).isFalse();
        assertThat(reply.at("/citations/0/quote").asText()).contains("48-bed unit");
        assertThat(reply.at("/citations/0/supported").asBoolean()).isFalse();
    }

    @Test
    void aStatementTypedAsItStandsIsCheckedAgainstTheCorpus() throws Exception {
        JsonNode backed = new ApiClient(port).chat("The Riverton City Council adopted the FY2025 budget in June.", null);
        JsonNode denied = new ApiClient(port).chat("The Riverton City Council did not adopt the FY2025 budget.", null);

        assertThat(backed.get("grounded").asBoolean()).as(backed.toString()).isTrue();
        assertThat(denied.get("grounded").asBoolean()).as(denied.toString()).isFalse();
    }
}
