package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * End to end over a corpus of four Wikipedia articles (paragraphs of SQuAD dev): the answering
 * sentence quoted with its short answer marked, an out-of-corpus question refused, a follow-up resolved
 * against the previous answer, and the short answer in bold in the {@code /v1} Markdown.
 */
@org.springframework.context.annotation.Import(dev.footnote.index.AwaitFirstIndexing.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // These tests check which span is chosen as the short answer, so every one found is shown; whether one is sure
        // enough to be shown at all is ExtractiveAnswererCalibrationTest's and docs/answers.md's concern.
        properties = {"footnote.corpus.dir=src/test/resources/answers/squad-slice",
                "footnote.answer.min-short-answer-confidence=0",
                "footnote.index.dir=target/answers-test-index"})
class AnswersOnARealCorpusTest {

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void whoWonSuperBowl50IsAnsweredWithTheDenverBroncosHighlighted() throws Exception {
        JsonNode reply = new ApiClient(port).chat("Who won Super Bowl 50?", null);

        assertThat(reply.get("grounded").asBoolean()).isTrue();
        JsonNode first = reply.at("/citations/0");
        // Not "Kony Ealy tied a Super Bowl record" (the subject of another verb), nor the Vince Lombardi Trophy.
        assertThat(first.get("quote").asText()).contains("Denver Broncos defeated");
        JsonNode shortAnswer = reply.get("shortAnswer");
        assertThat(shortAnswer.get("text").asText()).isEqualTo("Denver Broncos");
        assertThat(shortAnswer.get("marker").asInt()).isEqualTo(first.get("marker").asInt());
        // Offsets into the cited passage: the quote starts at the citation's start.
        int from = shortAnswer.get("start").asInt() - first.get("start").asInt();
        int to = shortAnswer.get("end").asInt() - first.get("start").asInt();
        assertThat(first.get("quote").asText().substring(from, to)).isEqualTo("Denver Broncos");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "What is the capital of Kenya?",
            // The corpus mentions the telephone only in passing: Twain calling Tesla's motor "the most valuable
            // patent since the telephone", the Budapest Telephone Exchange, a telephone repeater Tesla perfected.
            "Who invented the telephone?"})
    void aQuestionTheCorpusCannotAnswerIsRefused(String question) throws Exception {
        JsonNode reply = new ApiClient(port).chat(question, null);

        assertThat(reply.get("grounded").asBoolean()).as(reply.toString()).isFalse();
        assertThat(reply.get("citations")).isEmpty();
        assertThat(reply.get("shortAnswer").isNull()).isTrue();
    }

    @Test
    void theBlackDeathReachedEuropeIn1347NotCrimeaIn1343() throws Exception {
        JsonNode reply = new ApiClient(port).chat("When did the Black Death reach Europe?", null);

        assertThat(reply.get("grounded").asBoolean()).as(reply.toString()).isTrue();
        assertThat(reply.at("/citations/0/quote").asText()).contains("introduced to Europe");
        assertThat(reply.at("/shortAnswer/text").asText()).isEqualTo("1347");
    }

    @Test
    void aFollowUpLeansOnThePreviousAnswer() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode first = api.chat("What is the oldest institution of higher learning in the US?", null);
        JsonNode followUp = api.chat("And when was it founded?", first.get("conversationId").asText());

        // "Harvard is the United States' oldest institution…, and the Harvard Corporation … is its first chartered corporation"
        assertThat(first.at("/shortAnswer/text").asText()).isEqualTo("Harvard");
        assertThat(followUp.get("retrievalQuery").asText()).contains("Harvard").contains("founded");
        assertThat(followUp.get("grounded").asBoolean()).isTrue();
        // "Harvard was formed in 1636", not "Harvard was a founding member of the Association … in 1900"
        assertThat(followUp.at("/shortAnswer/text").asText()).isEqualTo("1636");
    }

    @Test
    void theMarkdownOfV1SetsTheShortAnswerInBold() throws Exception {
        String body = "{\"model\":\"footnote\",\"messages\":[{\"role\":\"user\",\"content\":\"Who won Super Bowl 50?\"}]}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/chat/completions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).at("/choices/0/message/content").asText()).contains("**Denver Broncos**");
    }
}
