package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.retrieval.Bm25Retriever;
import dev.footnote.retrieval.TermWeights;

/**
 * Both sides of the grounding threshold ({@code footnote.answer.min-evidence}, default 0.5) on the
 * seed corpus: questions it answers must cite the right paragraph; questions it does not cover must
 * get "not in the corpus". Re-run after changing any answer setting.
 */
class ExtractiveAnswererCalibrationTest {

    @TempDir
    static Path indexDir;

    static PassageIndex index;
    static AnswerService answers;

    @BeforeAll
    static void indexSeedCorpus() {
        index = PassageIndex.open(indexDir, new FootnoteAnalyzer());
        new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(Path.of("corpus"));
        TermWeights weights = new TermWeights(index);
        answers = new AnswerService(new Bm25Retriever(index, weights),
                new ExtractiveAnswerer(new SentenceScorer(weights), new ExtractiveAnswerer.Settings(3, 0.5, 0.75, 0.5)), 5);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    /** Paragraph numbers are 0-based positions in corpus/kosovo-statements.txt. */
    @ParameterizedTest(name = "{0} -> paragraph {1}")
    @CsvSource(delimiter = '|', value = {
            "Who urged de-escalation in Kosovo?|0|immediate de\u2011escalation",
            "Who called for maximum restraint from all sides?|0|maximum restraint",
            "What did the joint communique urge?|0|joint communique",
            "Which outlet reported the consensus among Western partners?|0|TASS",
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
        assertThat(first.quote()).contains(expectedPhrase);
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
}
