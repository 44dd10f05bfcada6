package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import dev.footnote.corpus.Passage;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.Retriever;
import dev.footnote.web.FootnoteServerTest;

/**
 * Both sides of the grounding threshold ({@code footnote.answer.min-evidence}) on the seed corpus,
 * with the answer settings the server runs with (hybrid retrieval, hybrid sentence evidence):
 * questions it answers must cite the right paragraph; questions it does not cover must get
 * "not in the corpus". Re-run after changing any answer or retrieval setting.
 */
@FootnoteServerTest
class ExtractiveAnswererCalibrationTest {

    @Autowired
    AnswerService answers;

    @Autowired
    PassageCatalog index;

    @Autowired
    ExtractiveAnswerer answerer;

    @Autowired
    Retriever retriever;

    /** Paragraph numbers are 0-based positions in corpus/kosovo-statements.txt. */
    @ParameterizedTest(name = "{0} -> paragraph {1}")
    @CsvSource(delimiter = '|', value = {
            "Who urged de-escalation in Kosovo?|0|immediate de\u2011escalation",
            "Who called for maximum restraint from all sides?|0|maximum restraint",
            "What did the joint communique urge?|0|joint communique",
            "Which outlet reported the consensus among Western partners?|0|TASS",
            // Paraphrases: the answer names the agency; Washington and Brussels stand for the US and the EU.
            "Which news agency reported the joint statement?|0|reported by TASS",
            "What did Washington and Brussels call for?|0|calling for maximum restraint",
            "What are the EU and the US concerned about in northern Kosovo?|1|northern Kosovo",
            "What did officials say about peaceful coexistence and lawful governance?|1|peaceful coexistence",
            "What did Vucevic say about the armed forces and police?|2|armed forces and police",
            "Is Serbia open to negotiations?|2|openness to negotiations",
            "What did Vučević say about redrawing security lines?|2|redrawing security lines",
            "What did President Vucic warn of?|3|warned of consequences",
            "Whom does Belgrade blame for rising tensions?|3|rising tensions",
            "What is Serbia\u2019s position on minority protections?|2|minority protections",
    })
    void onTopicQuestionsCiteTheRightParagraph(String question, int paragraph, String expectedPhrase) {
        CitedAnswer answer = answers.answer(question);

        assertThat(answer.grounded()).as("grounded: %s", answer.text()).isTrue();
        Citation first = answer.citations().get(0);
        Passage cited = index.passage(first.passageId()).orElseThrow();
        assertThat(cited.ordinal()).as("first citation of: %s", answer.text()).isEqualTo(paragraph);
        // The quoted sentences (1–3) must include the one that holds the asked-about phrase.
        assertThat(answer.citations()).extracting(Citation::quote).anySatisfy(q -> assertThat(q).contains(expectedPhrase));
        assertThat(answer.citations()).hasSizeBetween(1, 3).allSatisfy(c -> {
            Passage p = index.passage(c.passageId()).orElseThrow();
            assertThat(p.text().substring(c.start(), c.end())).isEqualTo(c.quote());
            assertThat(answer.text()).contains(c.quote() + " [" + c.marker() + "]");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "What is the capital of France?",
            "What is the weather in Kosovo?",
            "How many people live in Pristina?",
            "Who won the football world cup?",
            "What did China say about Kosovo?",
            "What is the GDP of Serbia?",
            "When was the European Union founded?",
            "Explain photosynthesis.",
            "Who is the mayor of Pristina?",
            "What did Russia's foreign minister say about sanctions?",
    })
    void offTopicQuestionsAreNotAnsweredFromTheCorpus(String question) {
        CitedAnswer answer = answers.answer(question);

        assertThat(answer.grounded()).as("answer: %s", answer.text()).isFalse();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).isEqualTo(ExtractiveAnswerer.NOT_IN_CORPUS);
    }

    @Test
    void theShortAnswerIsNotWhatTheQuestionNamesByAnotherWord() {
        // "Washington and Brussels" are the United States and the European Union: naming them answers nothing.
        Query question = new Query("What did Washington and Brussels call for?");
        ExtractiveAnswerer.Decision decision = answerer.decideForTuning(question, retriever.retrieve(question, 5));

        assertThat(decision.answer().grounded()).isTrue();
        // The span considered, whether or not it is sure enough to be shown.
        assertThat(decision.shortAnswer().answer()).isNotNull();
        assertThat(decision.shortAnswer().answer().text()).doesNotContain("United States").doesNotContain("European Union");
    }
}
