package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;

import dev.footnote.answer.AnswerService;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/**
 * Issue 20, item 6: an LLM answer holds only sentences a cited passage backs, on every endpoint
 * ({@code /api/chat}, its stream, {@code /v1/chat/completions} and its stream). What is not backed
 * is left out of the answer and listed in {@code removed} with the reason (in {@code /v1}, inside
 * the {@code footnote} object), and the stream never sends it. The corpus is the seed corpus plus
 * an audit with a count to change. One subclass per model API, each with its WireMock server.
 */
abstract class BackedSentencesTestBase {

    static final String RESTRAINT_QUESTION = "What did the United States and the European Union call for in Kosovo?";
    static final String AUDIT_QUESTION = "How many bridges needed urgent repairs according to the regional audit?";
    static final String INVENTED = "The moon is made of cheese.";

    @LocalServerPort
    int port;

    @Autowired
    Retriever retriever;

    @Autowired
    AnswerService answers;

    ApiClient api;

    /** The model answers {@code text} to every grounded-answer request, whole or streamed a word at a time. */
    abstract void modelAnswers(String text);

    /** Forgets the stubs and requests of the previous test. */
    abstract void resetModel();

    @BeforeEach
    void reset() {
        resetModel();
        api = new ApiClient(port);
    }

    @Test
    void anUncitedInventedSentenceIsRemovedAndListed() throws Exception {
        String backed = restraint();
        modelAnswers(backed + " " + INVENTED);

        for (Answered a : everyEndpoint(RESTRAINT_QUESTION)) {
            assertThat(a.mode()).as(a.toString()).isEqualTo("llm");
            assertThat(a.grounded()).as(a.toString()).isTrue();
            assertThat(a.answer()).as(a.toString()).doesNotContain("moon").contains("maximum restraint");
            assertThat(a.removed()).as(a.toString()).containsExactly(INVENTED + " | it cites no passage");
            assertThat(a.warnings()).as(a.toString()).anySatisfy(w -> assertThat(w).startsWith("Removed from the answer").contains(INVENTED));
        }
    }

    @Test
    void aSentenceItsCitedPassageDoesNotSayIsRemovedAndListed() throws Exception {
        int n = restraintPassage();
        modelAnswers(restraint() + " The moon is made of cheese [" + n + "].");

        for (Answered a : everyEndpoint(RESTRAINT_QUESTION)) {
            assertThat(a.grounded()).as(a.toString()).isTrue();
            assertThat(a.answer()).as(a.toString()).doesNotContain("moon");
            assertThat(a.removed()).as(a.toString()).singleElement().asString()
                    .startsWith(INVENTED + " | passage [" + n + "] does not support it (support ");
            assertThat(a.citations()).as(a.toString()).isEqualTo(1);
        }
    }

    @Test
    void aSentenceWithAChangedNumberIsRemoved() throws Exception {
        int n = numberOf(AUDIT_QUESTION, "14 of the 62 bridges");
        modelAnswers("The audit inspected 62 bridges in 2023 [" + n + "]. "
                + "The regional audit found that 41 of the 62 bridges inspected in 2023 needed urgent repairs [" + n + "].");

        for (Answered a : everyEndpoint(AUDIT_QUESTION)) {
            assertThat(a.mode()).as(a.toString()).isEqualTo("llm");
            assertThat(a.answer()).as(a.toString()).contains("62 bridges").doesNotContain("41 of the 62");
            assertThat(a.removed()).as(a.toString()).singleElement().asString().contains("41 of the 62");
        }
    }

    @Test
    void aNegatedSentenceIsRemoved() throws Exception {
        int n = restraintPassage();
        String negated = "The United States and the European Union did not call for restraint in Kosovo [" + n + "].";
        modelAnswers(restraint() + " " + negated);

        for (Answered a : everyEndpoint(RESTRAINT_QUESTION)) {
            assertThat(a.grounded()).as(a.toString()).isTrue();
            assertThat(a.answer()).as(a.toString()).doesNotContain("did not call");
            assertThat(a.removed()).as(a.toString()).singleElement().asString().contains("did not call for restraint");
        }
    }

    @Test
    void aCorrectParaphraseIsKeptAndTheAnswerIsGrounded() throws Exception {
        int n = restraintPassage();
        String paraphrase = "Washington and Brussels jointly urged every side in the Kosovo dispute to show maximum restraint"
                + " and to de-escalate at once [" + n + "].";
        modelAnswers(paraphrase);

        for (Answered a : everyEndpoint(RESTRAINT_QUESTION)) {
            assertThat(a.mode()).as(a.toString()).isEqualTo("llm");
            assertThat(a.grounded()).as(a.toString()).isTrue();
            assertThat(a.answer()).as(a.toString()).contains("jointly urged every side").containsAnyOf("[" + n + "]", "[^" + n + "]");
            assertThat(a.removed()).as(a.toString()).isEmpty();
            assertThat(a.warnings()).as(a.toString()).isEmpty();
        }
    }

    @Test
    void theStreamNeverSendsARemovedSentenceNorAMarkerToNoPassage() throws Exception {
        int n = restraintPassage();
        String backed = "The United States and the European Union called for maximum restraint from all sides [" + n + "][9].";
        modelAnswers(backed + " " + INVENTED + " They urged an immediate de-escalation in the Kosovo dispute [" + n + "].");

        List<ApiClient.Event> events = api.stream(RESTRAINT_QUESTION, null);

        List<String> deltas = events.stream().filter(e -> e.name().equals("delta")).map(e -> e.data().get("text").asText()).toList();
        assertThat(ApiClient.names(events)).as(events.toString()).doesNotContain("restart").endsWith("citations", "done");
        assertThat(deltas).as(deltas.toString()).isNotEmpty().noneSatisfy(d -> assertThat(d).containsAnyOf("moon", "cheese", "[9]"));
        JsonNode done = ApiClient.last(events, "done").data();
        assertThat(String.join("", deltas)).isEqualTo(done.get("answer").asText())
                .isEqualTo("The United States and the European Union called for maximum restraint from all sides [" + n + "]."
                        + " They urged an immediate de-escalation in the Kosovo dispute [" + n + "].");
        assertThat(done.get("removed").findValuesAsText("text")).containsExactly(INVENTED);
        assertThat(done.get("warnings").toString()).contains("Removed citation [9]");
    }

    // ---- helpers ----

    /** A sentence the passage of the US-EU statement backs, with its marker. */
    String restraint() {
        return "The United States and the European Union called for maximum restraint from all sides in the Kosovo dispute ["
                + restraintPassage() + "].";
    }

    int restraintPassage() {
        return numberOf(RESTRAINT_QUESTION, "joint communique");
    }

    /** The number [n] that the passage containing {@code text} gets in the prompt for {@code question}. */
    int numberOf(String question, String text) {
        List<RetrievedPassage> found = retriever.retrieve(question, answers.passagesPerAnswer());
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).passage().text().contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no passage with '" + text + "' among the top " + answers.passagesPerAnswer() + " for: " + question);
    }

    /** What one endpoint answered; {@code removed} as "text | reason". */
    record Answered(String endpoint, String mode, boolean grounded, String answer, List<String> removed, List<String> warnings,
                    int citations) {
    }

    /** The question asked of {@code /api/chat}, its stream, {@code /v1/chat/completions} and its stream. */
    List<Answered> everyEndpoint(String question) throws Exception {
        List<Answered> all = new ArrayList<>();
        all.add(answered("/api/chat", api.chat(question, null)));
        List<ApiClient.Event> events = api.stream(question, null);
        JsonNode done = ApiClient.last(events, "done").data();
        assertThat(ApiClient.deltas(events)).as("the deltas add up to the answer").isEqualTo(done.get("answer").asText());
        all.add(answered("/api/chat/stream", done));
        JsonNode completion = api.completion(question);
        all.add(completion("/v1/chat/completions", completion.at("/choices/0/message/content").asText(), completion.get("footnote"),
                completion.get("citations")));
        List<JsonNode> chunks = api.completionChunks(question);
        StringBuilder content = new StringBuilder();
        chunks.forEach(c -> content.append(c.at("/choices/0/delta/content").asText("")));
        JsonNode last = chunks.stream().filter(c -> c.has("footnote")).reduce((a, b) -> b).orElseThrow();
        all.add(completion("/v1/chat/completions (stream)", content.toString(), last.get("footnote"), last.get("citations")));
        return all;
    }

    private static Answered answered(String endpoint, JsonNode a) {
        return new Answered(endpoint, a.get("mode").asText(), a.get("grounded").asBoolean(), a.get("answer").asText(),
                removed(a.get("removed")), texts(a.get("warnings")), a.get("citations").size());
    }

    private static Answered completion(String endpoint, String content, JsonNode footnote, JsonNode citations) {
        return new Answered(endpoint, footnote.get("mode").asText(), footnote.get("grounded").asBoolean(), content,
                removed(footnote.get("removed")), texts(footnote.get("warnings")), citations.size());
    }

    private static List<String> removed(JsonNode removed) {
        assertThat(removed).as("the response lists what was removed").isNotNull();
        List<String> all = new ArrayList<>();
        removed.forEach(r -> all.add(r.get("text").asText() + " | " + r.get("reason").asText()));
        return all;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    /** The seed corpus and an audit whose count a model may get wrong, in a folder of its own under target/. */
    static Path corpus(String name) {
        try {
            Path root = Path.of("target", name);
            FileSystemUtils.deleteRecursively(root);
            Path corpus = Files.createDirectories(root.resolve("corpus"));
            Files.copy(Path.of("corpus", "kosovo-statements.txt"), corpus.resolve("kosovo-statements.txt"));
            Files.writeString(corpus.resolve("bridge-audit.txt"), "The regional audit found that 14 of the 62 bridges inspected"
                    + " in 2023 needed urgent repairs, most of them on the northern river crossings. The remaining bridges were"
                    + " rated safe for another five years. (citation: regional infrastructure audit, 2023)\n");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
