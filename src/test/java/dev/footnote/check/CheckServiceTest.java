package dev.footnote.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.answer.verify.SupportWeights;
import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.DocumentState;
import dev.footnote.corpus.DocumentStatus;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.corpus.StableIds;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.retrieval.Bm25Retriever;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.text.TextAnalyzer;

/**
 * The check over a small corpus of two documents: a briefing with a correct sentence, a changed number, a negation, an
 * invented claim and a claim two sentences back together, besides a heading and greetings that are not checked.
 */
class CheckServiceTest {

    @TempDir
    static Path dir;

    static PassageIndex index;
    static PassageCatalog catalog;
    static CheckService service;
    static final String COUNCIL = StableIds.documentId("council.md");
    static final String HOSPITAL = StableIds.documentId("hospital.md");
    static final String BROKEN = StableIds.documentId("broken.pdf");

    @BeforeAll
    static void setUp() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("council.md"), """
                # Harbor Bridge

                The city council voted 14 of the 62 proposals through on Tuesday. Mayor Elena Marsh proposed a toll on the bridge.

                Engineer Daniel Kim found corrosion on three of the bridge's cables. The repairs will cost 412.6 million dollars.
                """);
        Files.writeString(corpus.resolve("hospital.md"), """
                # Cardiac wing

                The cardiac wing of Saint Ann hospital will open in two phases and add a 48-bed unit.
                """);
        index = PassageIndex.open(dir.resolve("index"), new FootnoteAnalyzer());
        new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
        SentenceScorer scorer = new SentenceScorer(new TermWeights(index));
        catalog = new PassageCatalog(index);
        Map<String, DocumentStatus> statuses = Map.of(
                COUNCIL, new DocumentStatus(COUNCIL, "council.md", DocumentState.INDEXED, null, 2, null, null, 0),
                HOSPITAL, new DocumentStatus(HOSPITAL, "hospital.md", DocumentState.INDEXED, null, 1, null, null, 0),
                BROKEN, new DocumentStatus(BROKEN, "broken.pdf", DocumentState.FAILED, "not a PDF file", 0, null, null, 0));
        service = new CheckService(new Bm25Retriever(index, new TermWeights(index)), catalog,
                new ClaimAnalysis(TextAnalyzer.english(), scorer), new SupportJudge(scorer, SupportWeights.builtIn()),
                CheckRules.builtIn(), id -> Optional.ofNullable(statuses.get(id)), 2000, UnsupportedWords.builtIn(scorer::idf));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    static final String BRIEFING = """
            # Briefing on the harbor

            Dear team,

            The city council voted 14 of the 62 proposals through on Tuesday. The council voted 41 of the 62 proposals through.
            Mayor Elena Marsh did not propose a toll on the bridge.
            - The governor promised free ferry tickets for every student in Springfield.
            - Daniel Kim found corrosion on three cables, and the repairs will cost 412.6 million dollars.

            Best regards,
            Dana
            """;

    private static CheckedSentence sentence(CheckReport report, String start) {
        return report.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("no checked sentence starts with '" + start + "' in " + report.sentences()));
    }

    @Test
    void everySentenceThatStatesSomethingIsCheckedWithExactOffsetsAndNothingElse() {
        CheckReport report = service.check(BRIEFING, null);

        assertThat(report.sentences()).extracting(CheckedSentence::text).containsExactly(
                "The city council voted 14 of the 62 proposals through on Tuesday.",
                "The council voted 41 of the 62 proposals through.",
                "Mayor Elena Marsh did not propose a toll on the bridge.",
                "The governor promised free ferry tickets for every student in Springfield.",
                "Daniel Kim found corrosion on three cables, and the repairs will cost 412.6 million dollars.");
        for (CheckedSentence s : report.sentences()) {
            assertThat(BRIEFING.substring(s.start(), s.end())).isEqualTo(s.text());
            for (TextSpan word : s.unsupported()) {
                assertThat(BRIEFING.substring(word.start(), word.end())).isEqualTo(word.text());
                assertThat(word.start()).isBetween(s.start(), s.end());
            }
            for (CheckCitation c : s.citations()) {
                String passage = catalog.passage(c.passageId()).orElseThrow().text();
                assertThat(passage.substring(c.start(), c.end())).isEqualTo(c.quote());
            }
        }
        // The changed number and the negation contradict their source: not supported, as the invented claim.
        assertThat(report.counts()).containsEntry("supported", 2).containsEntry("partially_supported", 0)
                .containsEntry("not_supported", 3);
    }

    @Test
    void aCorrectSentenceIsSupportedAndCitesItsSource() {
        CheckedSentence s = sentence(service.check(BRIEFING, null), "The city council voted 14");

        assertThat(s.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(s.unsupported()).isEmpty();
        assertThat(s.citations()).first().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("The city council voted 14 of the 62 proposals through on Tuesday.");
            assertThat(c.documentId()).isEqualTo(COUNCIL);
            assertThat(c.marker()).isEqualTo(1);
        });
    }

    @Test
    void aChangedNumberIsAContradictionAndTheNumberIsUnsupported() {
        CheckedSentence s = sentence(service.check(BRIEFING, null), "The council voted 41");

        assertThat(s.contradicted()).isTrue();
        assertThat(s.verdict()).isNotEqualTo(Verdict.SUPPORTED);
        assertThat(s.unsupported()).extracting(TextSpan::text).containsExactly("41");
        assertThat(s.citations()).extracting(CheckCitation::quote).first().asString().contains("14 of the 62");
        // The same quote keeps its marker across the report.
        assertThat(s.citations().get(0).marker()).isEqualTo(1);
    }

    @Test
    void aNegationTheSourceDoesNotMakeIsAContradiction() {
        CheckedSentence s = sentence(service.check(BRIEFING, null), "Mayor Elena Marsh did not");

        assertThat(s.contradicted()).isTrue();
        assertThat(s.verdict()).isNotEqualTo(Verdict.SUPPORTED);
        // The negation the source does not make is underlined; the mayor's name and the toll, which it backs, are not.
        assertThat(s.unsupported()).extracting(TextSpan::text).anySatisfy(t -> assertThat(t).endsWith("not"))
                .noneSatisfy(t -> assertThat(t).containsAnyOf("Marsh", "toll", "bridge"));
    }

    @Test
    void anInventedClaimIsNotSupportedAndItsWordsAreUnderlined() {
        CheckedSentence s = sentence(service.check(BRIEFING, null), "The governor promised");

        assertThat(s.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        // Every word of it, as one span (a leading article may stay outside it).
        assertThat(s.unsupported()).extracting(TextSpan::text).singleElement().asString()
                .endsWith("governor promised free ferry tickets for every student in Springfield");
        assertThat(s.citations()).isEmpty();
    }

    @Test
    void aClaimTwoSentencesBackTogetherCitesBoth() {
        CheckedSentence s = sentence(service.check(BRIEFING, null), "Daniel Kim found corrosion");

        assertThat(s.verdict()).isEqualTo(Verdict.SUPPORTED);
        // The pair that backs it together comes first; further sentences may follow, up to maxCitations.
        assertThat(s.citations().subList(0, 2)).extracting(CheckCitation::quote).containsExactlyInAnyOrder(
                "Engineer Daniel Kim found corrosion on three of the bridge's cables.",
                "The repairs will cost 412.6 million dollars.");
        assertThat(s.citations()).extracting(CheckCitation::marker).doesNotHaveDuplicates();
        assertThat(s.citations()).hasSizeLessThanOrEqualTo(CheckRules.builtIn().maxCitations());
    }

    @Test
    void aLineBreakInAPassageEndsAQuote() {
        String text = "Awards\nBest Country Duo/Group Performance\nDear Hate\n  \nThe band won. It toured.";
        List<String> lines = EvidenceSentences.lines(text).stream().map(s -> s.of(text)).toList();
        assertThat(lines).containsExactly("Awards", "Best Country Duo/Group Performance", "Dear Hate", "The band won.", "It toured.");
    }

    @Test
    void onlyTheGivenDocumentsCountAsEvidence() {
        String text = "The cardiac wing will add a 48-bed unit.";
        assertThat(service.check(text, List.of(HOSPITAL)).sentences().get(0).verdict()).isEqualTo(Verdict.SUPPORTED);

        CheckedSentence elsewhere = service.check(text, List.of(COUNCIL)).sentences().get(0);
        assertThat(elsewhere.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(elsewhere.citations()).allSatisfy(c -> assertThat(c.documentId()).isEqualTo(COUNCIL));
    }

    @Test
    void sentencesAreToldAsTheyAreChecked() {
        List<CheckedSentence> told = new ArrayList<>();
        CheckReport report = service.check(BRIEFING, null, told::add);

        assertThat(told).isEqualTo(report.sentences());
    }

    @Test
    void badRequestsAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> service.check("  \n ", null)).isInstanceOf(InvalidCheckException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> service.check("x".repeat(2001), null)).isInstanceOf(CheckTooLongException.class)
                .hasMessageContaining("2001").hasMessageContaining("2000");
        assertThatThrownBy(() -> service.check("The council voted.", List.of("nope"))).isInstanceOf(InvalidCheckException.class)
                .hasMessageContaining("'nope'").hasMessageContaining("unknown");
        assertThatThrownBy(() -> service.check("The council voted.", List.of(COUNCIL, BROKEN)))
                .isInstanceOf(InvalidCheckException.class)
                .hasMessageContaining(BROKEN).hasMessageContaining("failed").hasMessageContaining("not a PDF file");
    }

    @Test
    void headingsGreetingsAndListMarkersAreNotClaims() {
        CheckableSentences split = new CheckableSentences(8);
        String text = "## Summary\nHello everyone,\n\n1. The bridge is closed.\n* The toll is new.\nThanks,\nDana\n";
        assertThat(split.split(text)).extracting(s -> s.of(text))
                .containsExactly("The bridge is closed.", "The toll is new.");
    }
}
