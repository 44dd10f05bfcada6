package dev.footnote.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;

import dev.footnote.answer.AnswerService;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.chat.store.InMemoryConversationStore;
import dev.footnote.corpus.Passage;
import dev.footnote.retrieval.RetrievedPassage;

/** The chat turn with hand-written stand-ins for retrieval and answering: no index, no server. */
class ChatServiceTest {

    private final List<String> retrieved = new ArrayList<>();
    private final AnswerService answers = new AnswerService((query, limit) -> {
        retrieved.add(query.retrievalText());
        return List.of(new RetrievedPassage(new Passage("d-0", "d", 0, "Milos Vucevic spoke.", null), 1.0));
    }, (question, evidence) -> new CitedAnswer("Answer to: " + question.retrievalText(), true, CitedAnswer.EXTRACTIVE, List.of(), List.of()), 3);
    private final InMemoryConversationStore store = new InMemoryConversationStore(10, 5, Duration.ofMinutes(30), Clock.systemUTC());

    private ChatService service(ChatRoute... routes) {
        return new ChatService(answers, store, new RuleBasedCondenser(), 100, List.of(routes));
    }

    @Test
    void aFollowUpIsRetrievedAsTheStandaloneQuestionAndTheTurnIsRemembered() {
        ChatService chat = service();
        ChatReply first = chat.chat("What did Milos Vucevic say?", null);
        ChatReply second = chat.chat("Did he mention the police?", first.conversationId());

        assertThat(second.retrievalQuery()).isEqualTo("Did Milos Vucevic mention the police?");
        assertThat(retrieved).containsExactly("What did Milos Vucevic say?", "Did Milos Vucevic mention the police?");
        assertThat(second.answer().text()).isEqualTo("Answer to: Did Milos Vucevic mention the police?");
        assertThat(store.history(first.conversationId())).hasValueSatisfying(turns -> assertThat(turns).hasSize(2));
    }

    @Test
    void aConversationKeptByTheCallerIsRewrittenTheSameWayAndNotStored() {
        ChatReply reply = service().answer("Did he mention the police?",
                List.of(UserMessage.from("What did Milos Vucevic say?"), AiMessage.from("He said the army is ready [1].")));

        assertThat(reply.retrievalQuery()).isEqualTo("Did Milos Vucevic mention the police?");
        assertThat(reply.conversationId()).isNull();
        assertThat(store.size()).isZero();
    }

    @Test
    void aRouteThatAnswersIsUsedInsteadOfRetrieval() {
        ChatRoute positions = message -> message.contains("positions")
                ? Optional.of(new CitedAnswer("Routed.", true, "llm", List.of(), List.of())) : Optional.empty();

        ChatReply reply = service(positions).chat("Summarize the positions on Kosovo", null);

        assertThat(reply.answer().text()).isEqualTo("Routed.");
        assertThat(retrieved).isEmpty();
    }

    @Test
    void aMessageOverTheLimitOrBlankIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> service().chat("x".repeat(101), null)).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("limit is 100");
        assertThatThrownBy(() -> service().answer("  ", List.of())).isInstanceOf(InvalidMessageException.class);
        assertThat(retrieved).isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void whileIndexingRunsAnAnswerSaysHowMuchWasSearchedAndARefusalWhereItWasNotFound() {
        var progress = new java.util.concurrent.atomic.AtomicReference<>(
                new dev.footnote.corpus.IndexingProgress("indexing", 38, 12, 200, 40.0, 30L));
        AnswerService refusing = new AnswerService((query, limit) -> List.of(),
                (question, evidence) -> CitedAnswer.notInCorpus("The corpus does not contain an answer to this question.",
                        CitedAnswer.EXTRACTIVE, List.of()), 3);
        ChatService chat = new ChatService(refusing, store, new RuleBasedCondenser(), 100, List.of(), new IndexingNotice(progress::get));
        List<String> streamed = new ArrayList<>();

        ChatReply during = chat.complete(chat.open("Who won?", null), streamed::add);

        assertThat(during.answer().warnings())
                .containsExactly("Indexing: 12 of 38 documents done; documents not yet indexed are not searched.");
        assertThat(during.answer().text()).isEqualTo("The corpus does not contain an answer to this question."
                + " Indexing is not finished: not found in the 12 of 38 documents indexed so far.");
        assertThat(during.answer().grounded()).isFalse();
        assertThat(String.join("", streamed)).endsWith(" Indexing is not finished: not found in the 12 of 38 documents indexed so far.");

        progress.set(new dev.footnote.corpus.IndexingProgress("ready", 38, 38, 900, 40.0, null));
        ChatReply after = chat.chat("Who won?", null);

        assertThat(after.answer().warnings()).isEmpty();
        assertThat(after.answer().text()).isEqualTo("The corpus does not contain an answer to this question.");
    }
}
