package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** Without a language model: follow-ups rewritten by rule, and the streaming protocol over the extractive answer. */
@FootnoteServerTest
class FollowUpAndStreamingApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aFollowUpThatLeansOnAPronounCarriesOverThePersonOfThePreviousTurn() throws Exception {
        JsonNode first = api.chat("What did Vucevic say about the army?", null);
        assertThat(first.get("retrievalQuery").asText()).isEqualTo("What did Vucevic say about the army?");

        JsonNode second = api.chat("Is he open to negotiations?", first.get("conversationId").asText());

        assertThat(second.get("retrievalQuery").asText()).isEqualTo("Is Vucevic open to negotiations?");
        assertThat(second.get("mode").asText()).isEqualTo("extractive");
        assertThat(second.get("model").isNull()).isTrue();
        assertThat(second.get("grounded").asBoolean()).isTrue();
        assertThat(second.get("citations").get(0).get("source").asText()).contains("Milos Vucevic");
        assertThat(second.get("answer").asText()).containsAnyOf("negotiations", "agreement");
        assertThat(second.get("citations").get(0).get("supported").asBoolean()).isTrue();
    }

    @Test
    void aQuestionThatNamesItsSubjectIsLeftAsItIs() throws Exception {
        JsonNode first = api.chat("What did Vucevic say about the army?", null);

        JsonNode second = api.chat("What did President Vucic warn of?", first.get("conversationId").asText());

        assertThat(second.get("retrievalQuery").asText()).isEqualTo("What did President Vucic warn of?");
    }

    @Test
    void theExtractiveAnswerStreamsAsDeltasThenCitationsThenDone() throws Exception {
        List<ApiClient.Event> events = api.stream("What did Vucevic say about the armed forces and police?", null);

        List<String> names = ApiClient.names(events);
        assertThat(names).last().isEqualTo("done");
        assertThat(names).containsOnly("delta", "citations", "done");
        assertThat(names.indexOf("citations")).isEqualTo(names.size() - 2);
        assertThat(names.stream().filter("delta"::equals).count()).isGreaterThanOrEqualTo(2);
        JsonNode done = ApiClient.last(events, "done").data();
        assertThat(ApiClient.deltas(events)).isEqualTo(done.get("answer").asText());
        assertThat(done.get("mode").asText()).isEqualTo("extractive");
        assertThat(done.get("grounded").asBoolean()).isTrue();
        assertThat(done.get("conversationId").asText()).isNotBlank();
        assertThat(ApiClient.last(events, "citations").data()).isEqualTo(done.get("citations"));
        assertThat(done.get("citations").get(0).get("quote").asText()).contains("armed forces and police are prepared");
    }

    @Test
    void aStreamedFollowUpUsesTheSameConversation() throws Exception {
        String id = api.chat("What did Vucevic say about the army?", null).get("conversationId").asText();

        JsonNode done = ApiClient.last(api.stream("Is he open to negotiations?", id), "done").data();

        assertThat(done.get("conversationId").asText()).isEqualTo(id);
        assertThat(done.get("retrievalQuery").asText()).isEqualTo("Is Vucevic open to negotiations?");
    }

    @Test
    void aRefusedMessageIsOneErrorEvent() throws Exception {
        List<ApiClient.Event> blank = api.stream("   ", null);
        assertThat(ApiClient.names(blank)).containsExactly("error");
        assertThat(blank.get(0).data().get("status").asInt()).isEqualTo(400);
        assertThat(blank.get(0).data().get("detail").asText()).contains("blank");

        List<ApiClient.Event> unknown = api.stream("Hello?", "no-such-conversation");
        assertThat(ApiClient.names(unknown)).containsExactly("error");
        assertThat(unknown.get(0).data().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void anOffTopicQuestionStreamsTheNotInCorpusReply() throws Exception {
        List<ApiClient.Event> events = api.stream("What is the capital of France?", null);

        JsonNode done = ApiClient.last(events, "done").data();
        assertThat(done.get("grounded").asBoolean()).isFalse();
        assertThat(ApiClient.deltas(events)).isEqualTo(done.get("answer").asText());
        assertThat(ApiClient.last(events, "citations").data().isEmpty()).isTrue();
    }
}
