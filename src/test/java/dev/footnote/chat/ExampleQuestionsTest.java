package dev.footnote.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.ShortAnswer;
import dev.footnote.corpus.Passage;
import dev.footnote.text.TextAnalyzer;

/**
 * Example questions read as a person would ask them, from sentences that open with a name, and are
 * kept only when the answer quotes what they were read from.
 */
class ExampleQuestionsTest {

    private final ExampleCandidates candidates = new ExampleCandidates(TextAnalyzer.english().withoutChunks());

    @Test
    void institutionsGetTheirArticle() {
        assertThat(ExampleQuestions.withArticle("European Union")).isEqualTo("the European Union");
        assertThat(ExampleQuestions.withArticle("United States")).isEqualTo("the United States");
        assertThat(ExampleQuestions.withArticle("Kosovo")).isEqualTo("Kosovo");
        assertThat(ExampleQuestions.withArticle("Milos Vucevic")).isEqualTo("Milos Vucevic");
        // A single word is a name of its own ("Union" alone is left as it is).
        assertThat(ExampleQuestions.withArticle("Union")).isEqualTo("Union");
    }

    @Test
    void aDatedEventGivesAWhenQuestionExpectingTheDate() {
        List<ExampleCandidates.Candidate> found = of("The Tarnwick lighthouse was painted ochre in 1911 by the harbour board.");

        assertThat(found).extracting(ExampleCandidates.Candidate::question).contains("When was the Tarnwick lighthouse painted?");
        assertThat(found).filteredOn(c -> c.kind() == ExampleCandidates.Kind.WHEN)
                .extracting(ExampleCandidates.Candidate::expected).containsExactly("1911");
    }

    @Test
    void aStatementGivesWhatDidTheActorSayAndWhoDidIt() {
        assertThat(of("Former Deputy Prime Minister and former Defense Minister Milos Vucevic publicly affirmed that the armed "
                + "forces and police are prepared to respond."))
                .extracting(ExampleCandidates.Candidate::question)
                .anySatisfy(q -> assertThat(q).startsWith("What did ").contains("Milos Vucevic say about").contains("forces"));
        assertThat(of("The United States and the European Union issued a joint communique urging an immediate de-escalation."))
                .extracting(ExampleCandidates.Candidate::question).contains("Who issued a joint communique?");
    }

    @Test
    void sentencesOpeningWithAnythingButANameGiveNoQuestion() {
        assertThat(of("However, the paint faded within a decade.")).isEmpty();
        assertThat(of("It was noted by multiple state media outlets, including TASS.")).isEmpty();
        assertThat(of("In 1911 the lighthouse was painted.")).isEmpty();
        assertThat(ExampleCandidates.isTopic("ABC")).isFalse();
        assertThat(ExampleCandidates.isTopic("However")).isFalse();
        assertThat(ExampleCandidates.isTopic("Tesla")).isTrue();
    }

    @Test
    void aCandidateIsKeptOnlyWhenTheAnswerQuotesWhatItWasReadFrom() {
        ExampleCandidates.Candidate when = new ExampleCandidates.Candidate(ExampleCandidates.Kind.WHEN,
                "When was the Tarnwick lighthouse painted?", "Tarnwick lighthouse", "1911", "p1", "d1");
        String quote = "The Tarnwick lighthouse was painted ochre in 1911 by the harbour board.";
        Citation citation = new Citation(1, "p1", "d1", "Harbour", quote, 0, quote.length(), true, quote);

        assertThat(ExampleQuestions.answeredWell(when, new CitedAnswer(quote + " [1]", true, CitedAnswer.EXTRACTIVE,
                List.of(citation), List.of()))).isTrue();
        assertThat(ExampleQuestions.answeredWell(when, new CitedAnswer(quote + " [1]", true, CitedAnswer.EXTRACTIVE,
                List.of(citation), List.of(), null, new ShortAnswer("1911", 1, 45, 49)))).isTrue();
        // A confident short answer that is not the date the question was read from: something else was answered.
        assertThat(ExampleQuestions.answeredWell(when, new CitedAnswer(quote + " [1]", true, CitedAnswer.EXTRACTIVE,
                List.of(citation), List.of(), null, new ShortAnswer("ochre", 1, 36, 41)))).isFalse();
        String other = "The ferry carries forty cars.";
        assertThat(ExampleQuestions.answeredWell(when, new CitedAnswer(other + " [1]", true, CitedAnswer.EXTRACTIVE,
                List.of(new Citation(1, "p2", "d2", "Ferry", other, 0, other.length(), true, other)), List.of()))).isFalse();
        assertThat(ExampleQuestions.answeredWell(when, CitedAnswer.notInCorpus("No.", CitedAnswer.EXTRACTIVE, List.of()))).isFalse();
    }

    private List<ExampleCandidates.Candidate> of(String text) {
        return candidates.of(new Passage("d1-p1", "d1", 0, text, "source"));
    }
}
