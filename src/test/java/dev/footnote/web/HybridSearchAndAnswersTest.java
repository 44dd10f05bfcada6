package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;

import dev.footnote.answer.AnswerService;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.retrieval.PassageContentRetriever;

/** The seed corpus through the real wiring: MiniLM, hybrid retrieval, the extractive answerer, /api/search modes. */
@FootnoteServerTest
class HybridSearchAndAnswersTest {

    private static final String FIRST_PARAGRAPH = "The United States and the European Union issued a joint communique";

    @Autowired
    TestRestTemplate http;
    @Autowired
    AnswerService answers;
    @Autowired
    ContentRetriever contentRetriever;

    @Test
    void offTopicQuestionsStayUngrounded() {
        for (String question : List.of("What is the capital of France?", "What is the weather in Kosovo?",
                "Who won the football World Cup in 2018?", "How do I bake sourdough bread?",
                "What is the population of Serbia?", "When did the Kosovo war end?")) {
            CitedAnswer answer = answers.answer(question);
            assertThat(answer.grounded()).as(question).isFalse();
            assertThat(answer.citations()).as(question).isEmpty();
        }
    }

    @Test
    void deEscalationIsQuotedFromTheFirstParagraph() {
        CitedAnswer answer = answers.answer("Who urged de-escalation in Kosovo?");
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).isNotEmpty();
        assertThat(answers.answer("Who urged de-escalation in Kosovo?").citations().get(0).quote())
                .startsWith(FIRST_PARAGRAPH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchTakesAModeAndDefaultsToHybrid() {
        for (String mode : List.of("bm25", "dense", "hybrid")) {
            ResponseEntity<Map> response = http.getForEntity("/api/search?q=restraint from all sides&mode=" + mode, Map.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).containsEntry("mode", mode);
            List<Map<String, Object>> hits = (List<Map<String, Object>>) response.getBody().get("hits");
            assertThat(hits).as(mode).isNotEmpty();
        }
        ResponseEntity<Map> byDefault = http.getForEntity("/api/search?q=Vucevic armed forces", Map.class);
        assertThat(byDefault.getBody()).containsEntry("mode", "hybrid");
        List<Map<String, Object>> hits = (List<Map<String, Object>>) byDefault.getBody().get("hits");
        assertThat((String) hits.get(0).get("text")).contains("Milos Vucevic");
    }

    @Test
    void anUnknownModeIsABadRequestProblem() {
        ResponseEntity<String> response = http.getForEntity("/api/search?q=Kosovo&mode=fuzzy", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody()).contains("bm25, dense or hybrid").contains("fuzzy");
    }

    @Test
    void theContentRetrieverCarriesPassageIdsForCitations() {
        List<Content> contents = contentRetriever.retrieve(Query.from("Who urged de-escalation in Kosovo?"));
        assertThat(contents).isNotEmpty();
        assertThat(contents.get(0).textSegment().text()).startsWith(FIRST_PARAGRAPH);
        assertThat(contents.get(0).textSegment().metadata().getString(PassageContentRetriever.PASSAGE_ID)).isNotBlank();
    }
}
