package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.evidence.TermWeights;
import dev.footnote.llm.LangChainTextEmbedder;

/**
 * Citation verification over the seed corpus, with the real MiniLM model. Passages are given in
 * corpus order: [1] joint US-EU statement, [2] EU-US concerns, [3] Vucevic, [4] President Vucic.
 */
class CitationVerifierTest {

    @TempDir
    static Path indexDir;

    static PassageIndex index;
    static CitationVerifier verifier;
    static List<Passage> passages;

    @BeforeAll
    static void setUp() {
        index = PassageIndex.open(indexDir, new FootnoteAnalyzer());
        new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(Path.of("corpus"));
        verifier = new CitationVerifier(new SentenceScorer(new TermWeights(index)), new SentenceEmbeddings(
                new LangChainTextEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(), "all-minilm-l6-v2-q"), index),
                new CitationVerifier.Settings(0.5, 0.5));
        String documentId = index.files().values().iterator().next().documentId();
        passages = index.passagesOf(documentId).stream().sorted(Comparator.comparingInt(Passage::ordinal)).toList();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @CsvSource(delimiter = '|', value = {
            "Vucevic said the armed forces and police are ready to respond if necessary to secure the republic.|3|true",
            "Serbia has signalled openness to negotiations that would guarantee the safety of Serbs in Kosovo.|3|true",
            "The United States and the European Union urged an immediate de-escalation in Kosovo.|1|true",
            "President Vucic warned of consequences if external actors fail to apply even pressure for restraint.|4|true",
            "Officials said peaceful coexistence and lawful governance must be safeguarded.|2|true",
            "Vucevic announced that Serbia will recognise the independence of Kosovo next year.|3|false",
            "The European Union imposed economic sanctions on Serbia.|1|false",
            "President Vucic praised the world community for its decisive action.|4|false",
            "Vucevic ordered the army to invade northern Kosovo.|3|false",
            "The military and the police stand ready to act to protect Serbia and its citizens.|3|true",
            "Vucevic said the army is prepared to respond.|4|false",
            "The United States and the European Union did not call for restraint in Kosovo.|1|false",
    })
    void aClaimIsSupportedOnlyByAPassageThatSaysIt(String claim, int marker, boolean supported) {
        CitationVerifier.Verification v = verifier.verify(claim.replaceFirst("\\.$", " [" + marker + "]."), passages);
        assertThat(v.citations()).singleElement().satisfies(c -> assertThat(c.supported()).isEqualTo(supported));
    }

    @Test
    void aMarkerToAPassageThatWasNotGivenIsRemovedAndReported() {
        CitationVerifier.Verification v = verifier.verify(
                "The EU and the US urged restraint in northern Kosovo [2][7]. Vucic warned of consequences [9].", passages.subList(0, 3));

        assertThat(v.text()).isEqualTo("The EU and the US urged restraint in northern Kosovo [2]. Vucic warned of consequences.");
        assertThat(v.warnings()).anySatisfy(w -> assertThat(w).contains("[7]").contains("3 passages"))
                .anySatisfy(w -> assertThat(w).contains("[9]"));
        assertThat(v.citations()).singleElement().satisfies(c -> {
            assertThat(c.marker()).isEqualTo(2);
            assertThat(c.passageId()).isEqualTo(passages.get(1).id());
        });
    }

    @Test
    void theQuoteIsTheBestMatchingSentenceAndItsOffsetsPointIntoThePassage() {
        CitationVerifier.Verification v = verifier.verify(
                "He stressed that readiness for dialogue does not mean redrawing security lines.[3] Belgrade blames inaction by the world community. [4]",
                passages);

        assertThat(v.citations()).hasSize(2).allSatisfy(c -> {
            assertThat(c.supported()).isTrue();
            Passage p = passages.get(c.marker() - 1);
            assertThat(p.text().substring(c.start(), c.end())).isEqualTo(c.quote());
        });
        assertThat(v.citations().get(0).quote()).startsWith("He stressed that readiness for dialogue");
        assertThat(v.citations().get(0).claim()).isEqualTo("He stressed that readiness for dialogue does not mean redrawing security lines.");
        assertThat(v.citations().get(1).quote()).contains("perceived inaction by the world community");
        assertThat(v.warnings()).isEmpty();
    }

    @Test
    void oneSentenceMayCiteSeveralPassagesAndEachIsChecked() {
        CitationVerifier.Verification v = verifier.verify(
                "The EU and the US called for restraint and de-escalation in Kosovo [1, 2], and Vucevic said the army is ready [1].", passages);

        assertThat(v.citations()).extracting(Citation::marker).containsExactly(1, 2);
        assertThat(v.citations()).allSatisfy(c -> assertThat(c.claim()).startsWith("The EU and the US called for restraint"));
    }

    @Test
    void anAnswerWithoutMarkersHasNoCitationsAndSaysSo() {
        CitationVerifier.Verification v = verifier.verify("Serbia is ready to negotiate. The army is prepared.", passages);

        assertThat(v.citations()).isEmpty();
        assertThat(v.uncitedSentences()).isEqualTo(2);
        assertThat(v.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("cites no passage"));
    }
}
