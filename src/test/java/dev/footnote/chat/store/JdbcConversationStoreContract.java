package dev.footnote.chat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.chat.Conversation;
import dev.footnote.chat.ConversationSummary;
import dev.footnote.chat.Turn;

/**
 * What every database must do for {@link JdbcConversationStore}, run on the embedded H2 and on a
 * real PostgreSQL server by the subclasses, each with the Flyway migrations of the application.
 */
abstract class JdbcConversationStoreContract {

    private static final int MAX_TURNS = 2;

    private Instant now = Instant.parse("2026-11-30T10:00:00.123456789Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private JdbcConversationStore store;

    /** A database with nothing in it yet; the migrations are run by the contract. */
    abstract DataSource emptyDatabase();

    @BeforeEach
    void migrate() {
        DataSource db = emptyDatabase();
        Flyway.configure().dataSource(db).locations("classpath:db/migration").cleanDisabled(false).load().migrate();
        store = new JdbcConversationStore(db, MAX_TURNS, clock);
    }

    @Test
    void everyTurnIsKeptWithItsCitationsWhileWhatTheModelSeesStaysBounded() {
        String id = store.start("key-a");
        for (int i = 1; i <= 3; i++) {
            now = now.plusSeconds(1);
            store.append(id, new Turn("question " + i, "query " + i, cited("answer " + i + " [1]", "quote " + i)));
        }

        Conversation whole = store.find(id, "key-a").orElseThrow();
        assertThat(whole.turns()).extracting(t -> t.turn().message()).containsExactly("question 1", "question 2", "question 3");
        Turn first = whole.turns().get(0).turn();
        assertThat(first.retrievalQuery()).isEqualTo("query 1");
        assertThat(first.answer()).isEqualTo(cited("answer 1 [1]", "quote 1"));
        assertThat(whole.turns().get(2).answered()).isEqualTo(Instant.parse("2026-11-30T10:00:03.123Z"));
        assertThat(whole.summary().title()).isEqualTo("question 1");
        assertThat(whole.summary().turns()).isEqualTo(3);

        assertThat(store.history(id, "key-a").orElseThrow()).extracting(Turn::message).containsExactly("question 2", "question 3");
        List<ChatMessage> memory = store.messages(id);
        assertThat(memory).hasSize(2 * MAX_TURNS);
        assertThat(((UserMessage) memory.get(0)).singleText()).isEqualTo("question 2");
        assertThat(((AiMessage) memory.get(3)).text()).isEqualTo("answer 3 [1]");
    }

    @Test
    void aStoreOpenedAgainOnTheSameDatabaseFindsTheConversation() {
        String id = store.start("key-a");
        store.append(id, new Turn("Who urged restraint?", "Who urged restraint?", cited("The EU did. [1]", "urging restraint")));

        JdbcConversationStore reopened = new JdbcConversationStore(emptyDatabaseAgain(), MAX_TURNS, clock);

        assertThat(reopened.find(id, "key-a").orElseThrow().turns().get(0).turn().answer().citations())
                .extracting(Citation::quote).containsExactly("urging restraint");
        assertThat(reopened.messages(id)).hasSize(2);
    }

    @Test
    void theListIsTheOwnersNewestFirstAndLeavesOutConversationsWithNoTurn() {
        String older = store.start("key-a");
        store.append(older, new Turn("older", "older", cited("a [1]", "q")));
        now = now.plus(Duration.ofMinutes(5));
        String newer = store.start("key-a");
        store.append(newer, new Turn("newer", "newer", notInCorpus()));
        store.start("key-a");
        String others = store.start("key-b");
        store.append(others, new Turn("theirs", "theirs", notInCorpus()));

        assertThat(store.list("key-a")).extracting(ConversationSummary::id).containsExactly(newer, older);
        assertThat(store.list("key-b")).extracting(ConversationSummary::title).containsExactly("theirs");
        assertThat(store.list(null)).isEmpty();
    }

    @Test
    void anotherOwnerCanNeitherReadNorRenameNorDelete() {
        String id = store.start("key-a");
        store.append(id, new Turn("mine", "mine", notInCorpus()));

        assertThat(store.find(id, "key-b")).isEmpty();
        assertThat(store.history(id, "key-b")).isEmpty();
        assertThat(store.history(id, null)).isEmpty();
        assertThat(store.rename(id, "key-b", "stolen")).isFalse();
        assertThat(store.delete(id, "key-b")).isFalse();
        assertThat(store.find(id, "key-a").orElseThrow().summary().title()).isEqualTo("mine");
    }

    @Test
    void renameKeepsTheTitleAndDeleteTakesTurnsAndMemoryAlong() {
        String id = store.start(null);
        store.append(id, new Turn("first question", "first question", notInCorpus()));
        now = now.plusSeconds(30);

        assertThat(store.rename(id, null, "Kosovo, restraint")).isTrue();
        store.append(id, new Turn("second question", "second question", notInCorpus()));
        ConversationSummary renamed = store.find(id, null).orElseThrow().summary();
        assertThat(renamed.title()).isEqualTo("Kosovo, restraint");
        assertThat(renamed.updated()).isEqualTo(Instant.parse("2026-11-30T10:00:30.123Z"));

        assertThat(store.delete(id, null)).isTrue();
        assertThat(store.find(id, null)).isEmpty();
        assertThat(store.messages(id)).isEmpty();
        assertThat(store.append(id, new Turn("late", "late", notInCorpus()))).isFalse();
        assertThat(store.delete(id, null)).isFalse();
    }

    @Test
    void aLongFirstQuestionGivesAShortTitle() {
        String id = store.start(null);
        String question = "Why ".repeat(60) + "did it happen?";
        store.append(id, new Turn(question, question, notInCorpus()));

        String title = store.find(id, null).orElseThrow().summary().title();
        assertThat(title).hasSizeLessThanOrEqualTo(120).endsWith("…").startsWith("Why Why");
        assertThat(store.find(id, null).orElseThrow().turns().get(0).turn().message()).isEqualTo(question);
    }

    @Test
    void aTurnKeepsTheTitlesOfTheDocumentsItCites() {
        String id = store.start(null);
        store.append(id, new Turn("Who urged restraint?", "Who urged restraint?", cited("The EU did. [1]", "urging restraint"),
                Map.of("d1", "EU statement on Kosovo, 2023")));
        store.append(id, new Turn("older kind", "older kind", notInCorpus()));

        Turn stored = store.find(id, null).orElseThrow().turns().get(0).turn();
        assertThat(stored.documentTitle("d1")).isEqualTo("EU statement on Kosovo, 2023");
        assertThat(stored.answer().citations().get(0).quote()).isEqualTo("urging restraint");
        assertThat(stored.answer().citations().get(0).source()).isEqualTo("Reuters, 1 May");
        assertThat(store.history(id, null).orElseThrow().get(0).documentTitles()).containsEntry("d1", "EU statement on Kosovo, 2023");
        assertThat(store.find(id, null).orElseThrow().turns().get(1).turn().documentTitles()).isEmpty();
    }

    @Test
    void twoIndexesSharingOneDatabaseEachSeeOnlyTheirOwnConversations() {
        DataSource db = currentDatabase();
        JdbcConversationStore indexA = new JdbcConversationStore(db, MAX_TURNS, clock, "/srv/footnote/index-a");
        JdbcConversationStore indexB = new JdbcConversationStore(db, MAX_TURNS, clock, "/srv/footnote/index-b");
        String a = indexA.start(null);
        indexA.append(a, new Turn("asked over A", "asked over A", notInCorpus()));
        String b = indexB.start(null);
        indexB.append(b, new Turn("asked over B", "asked over B", notInCorpus()));

        assertThat(indexA.list(null)).extracting(ConversationSummary::id).containsExactly(a);
        assertThat(indexB.list(null)).extracting(ConversationSummary::id).containsExactly(b);
        // Another index's conversation is unknown here: not found, not continued, not renamed or deleted.
        assertThat(indexA.find(b, null)).isEmpty();
        assertThat(indexA.history(b, null)).isEmpty();
        assertThat(indexA.append(b, new Turn("sneaked in", "sneaked in", notInCorpus()))).isFalse();
        assertThat(indexA.rename(b, null, "stolen")).isFalse();
        assertThat(indexA.delete(b, null)).isFalse();
        assertThat(indexB.find(b, null).orElseThrow().turns()).hasSize(1);
        assertThat(indexB.find(b, null).orElseThrow().summary().title()).isEqualTo("asked over B");
    }

    @Test
    void conversationsStoredBeforeIndexesWereRecordedBelongToTheFirstIndexThatOpensTheDatabase() {
        DataSource db = currentDatabase();
        String old = store.start(null);
        store.append(old, new Turn("asked long ago", "asked long ago", notInCorpus()));
        org.springframework.jdbc.core.simple.JdbcClient.create(db).sql("UPDATE conversation SET index_key = NULL").update();

        JdbcConversationStore first = new JdbcConversationStore(db, MAX_TURNS, clock, "/srv/footnote/index-a");
        JdbcConversationStore second = new JdbcConversationStore(db, MAX_TURNS, clock, "/srv/footnote/index-b");

        assertThat(first.list(null)).extracting(ConversationSummary::id).containsExactly(old);
        assertThat(second.list(null)).isEmpty();
    }

    /** The same database, opened again (a new DataSource where the database allows it). */
    DataSource emptyDatabaseAgain() {
        return currentDatabase();
    }

    abstract DataSource currentDatabase();

    private static CitedAnswer cited(String text, String quote) {
        return new CitedAnswer(text, true, CitedAnswer.EXTRACTIVE,
                List.of(new Citation(1, "p1", "d1", "Reuters, 1 May", quote, 3, 3 + quote.length(), true, text)),
                List.of("a warning"));
    }

    private static CitedAnswer notInCorpus() {
        return CitedAnswer.notInCorpus("The corpus does not say.", CitedAnswer.EXTRACTIVE, List.of());
    }
}
