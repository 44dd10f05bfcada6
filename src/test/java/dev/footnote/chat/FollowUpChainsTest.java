package dev.footnote.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.footnote.answer.AnswerSpans;
import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.ShortAnswer;
import dev.footnote.eval.FollowUpChains;
import dev.footnote.text.TextAnalyzer;

/**
 * Replays the follow-up chains file offline: each opening question is "answered" by the quote the
 * chain gives (with the short answer the extractive answerer would mark in it), and every follow-up
 * must be rewritten into a query that names what it refers to.
 */
class FollowUpChainsTest {

    static final Path CHAINS = Path.of("src/test/resources/dev/footnote/chat/follow-up-chains.json");

    private final RuleBasedCondenser condenser = new RuleBasedCondenser();
    private final AnswerSpans spans = new AnswerSpans(TextAnalyzer.english());

    @Test
    void theChainsFileHoldsAtLeastThirtyChains() {
        assertThat(FollowUpChains.read(CHAINS).chains()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void atLeastNineInTenFollowUpsAreResolved() {
        int followUps = 0;
        List<String> unresolved = new ArrayList<>();
        for (FollowUpChains.Chain chain : FollowUpChains.read(CHAINS).chains()) {
            List<Turn> turns = new ArrayList<>();
            for (FollowUpChains.Step step : chain.turns()) {
                String query = condenser.condense(step.question(), turns, List.of()).query();
                if (!turns.isEmpty()) {
                    followUps++;
                    if (!query.toLowerCase(Locale.ROOT).contains(step.refersTo().toLowerCase(Locale.ROOT))) {
                        unresolved.add(step.question() + " -> " + query + " (expected " + step.refersTo() + ")");
                    }
                }
                turns.add(new Turn(step.question(), query, answer(query, step.quote())));
            }
        }
        double resolved = 1 - (double) unresolved.size() / followUps;
        assertThat(resolved).as("resolved share; unresolved: %s", unresolved).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void andWhenWasItFoundedFollowsTheAnswerNotTheQuestion() {
        String question = "What is the oldest institution of higher learning in the US?";
        String quote = "Harvard University is the oldest institution of higher learning in the United States.";
        List<Turn> turns = List.of(new Turn(question, question, answer(question, quote)));

        assertThat(condenser.condense("And when was it founded?", turns, List.of()).query())
                .isEqualTo("When was Harvard University founded?");
    }

    @Test
    void whatAboutAsksThePreviousQuestionAgainAboutTheNewName() {
        String question = "When was Harvard University founded?";
        List<Turn> turns = List.of(new Turn(question, question, answer(question, "Harvard University was founded in 1636.")));

        assertThat(condenser.condense("What about Yale?", turns, List.of()).query()).isEqualTo("When was Yale founded?");
    }

    @Test
    void aPronounThatCannotBeTheAnswersNameFallsBackToTheQuestion() {
        String question = "Where was Nikola Tesla born?";
        List<Turn> turns = List.of(new Turn(question, question, answer(question, "Tesla was born in Smiljan.")));

        assertThat(condenser.condense("When did he die?", turns, List.of()).query()).isEqualTo("When did Nikola Tesla die?");
    }

    /** A grounded answer quoting {@code quote} (or "not in the corpus" without one), with its short answer. */
    private CitedAnswer answer(String question, String quote) {
        if (quote == null) {
            return CitedAnswer.notInCorpus("-", CitedAnswer.EXTRACTIVE, List.of());
        }
        Citation citation = new Citation(1, "p1", "d1", "source", quote, 0, quote.length(), true, quote);
        ShortAnswer shortAnswer = spans.best(spans.question(question), quote, 0, quote.length())
                .map(c -> new ShortAnswer(quote.substring(c.start(), c.end()), 1, c.start(), c.end())).orElse(null);
        return new CitedAnswer(quote + " [1]", true, CitedAnswer.EXTRACTIVE, List.of(citation), List.of(), null, shortAnswer);
    }
}
