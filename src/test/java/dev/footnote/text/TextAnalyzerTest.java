package dev.footnote.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private static final String SUPER_BOWL = "The American Football Conference (AFC) champion Denver Broncos defeated "
            + "the National Football Conference (NFC) champion Carolina Panthers 24–10 to earn their third Super Bowl "
            + "title. The game was played on February 7, 2016, at Levi's Stadium in the San Francisco Bay Area.";

    private final TextAnalyzer analyzer = TextAnalyzer.english();

    @Test
    void splitsSentencesAndKeepsEveryOffsetIntoTheText() {
        AnalyzedText analyzed = analyzer.analyze(SUPER_BOWL);

        assertThat(analyzed.sentences()).hasSize(2);
        assertThat(analyzed.substring(analyzed.sentences().get(1).start(), analyzed.sentences().get(1).end()))
                .startsWith("The game was played").endsWith("Bay Area.");
        for (Token token : analyzed.tokens()) {
            assertThat(SUPER_BOWL.substring(token.start(), token.end())).isEqualTo(token.text());
        }
        for (Entity entity : analyzed.entities()) {
            assertThat(SUPER_BOWL.substring(entity.start(), entity.end())).isEqualTo(entity.text());
        }
    }

    @Test
    void chunkingAKeptAnalysisGivesWhatAChunkingAnalysisOfTheSpanGives() {
        String text = SUPER_BOWL + " Its phrases were not chunked (yet).";
        TextAnalyzer plain = analyzer.withoutChunks();
        for (Sentences.Span span : Sentences.split(text)) {
            AnalyzedSentence kept = plain.analyzeSpan(text, span.start(), span.end());
            AnalyzedSentence chunked = analyzer.analyzeSpan(text, span.start(), span.end());

            assertThat(kept.chunks()).isEmpty();
            assertThat(chunked.nounPhrases()).isNotEmpty();
            assertThat(plain.withChunks(kept)).isEqualTo(chunked);
        }
    }

    @Test
    void aQuestionReadByTwoStagesIsTaggedOnceAndAChunkingAnalysisStillHasItsPhrases() {
        String question = "Which team won Super Bowl 50 in the San Francisco Bay Area?";
        AnalyzedText first = analyzer.withoutChunks().analyze(question);

        assertThat(analyzer.withoutChunks().analyze(question)).isSameAs(first);
        assertThat(first.nounPhrases()).isEmpty();
        assertThat(analyzer.analyze(question).nounPhrases()).isNotEmpty();
        assertThat(analyzer.analyze(question).tokens()).isEqualTo(first.tokens());
    }

    @Test
    void tagsWithPennTreebankTagsAndSplitsBracketsOff() {
        List<Token> tokens = analyzer.analyze("The champion (AFC) won in 2016.").tokens();

        assertThat(tokens).extracting(Token::text).containsExactly("The", "champion", "(", "AFC", ")", "won", "in",
                "2016", ".");
        assertThat(tokens.get(3).tag()).isEqualTo("NNP");
        assertThat(tokens.get(7).tag()).isEqualTo("CD");
    }

    @Test
    void findsTypedEntities() {
        List<Entity> entities = analyzer.analyze(SUPER_BOWL).entities();

        assertThat(entities).contains(
                new Entity(EntityType.ORGANIZATION, "AFC", SUPER_BOWL.indexOf("AFC"), SUPER_BOWL.indexOf("AFC") + 3),
                entity(EntityType.ORGANIZATION, "Denver Broncos"),
                entity(EntityType.ORGANIZATION, "Carolina Panthers"),
                entity(EntityType.NUMBER, "24–10"),
                entity(EntityType.DATE, "February 7, 2016"),
                entity(EntityType.PLACE, "Levi's Stadium"),
                entity(EntityType.PLACE, "San Francisco Bay Area"));
    }

    @Test
    void typesPeopleDatesAndAmounts() {
        String text = "Nikola Tesla said the motor cost $2.5 million, about 30% of the budget, in the 1890s. "
                + "Harvard University was founded in 1636 in Massachusetts.";

        assertThat(analyzer.analyze(text).entities()).extracting(Entity::type, Entity::text).contains(
                tuple(EntityType.PERSON, "Nikola Tesla"),
                tuple(EntityType.AMOUNT, "$2.5 million"),
                tuple(EntityType.AMOUNT, "30%"),
                tuple(EntityType.DATE, "1890s"),
                tuple(EntityType.ORGANIZATION, "Harvard University"),
                tuple(EntityType.DATE, "1636"),
                tuple(EntityType.PLACE, "Massachusetts"));
    }

    @Test
    void mayIsAMonthOnlyNextToANumber() {
        assertThat(analyzer.analyze("It opened on 5 May 1990. May we go?").entities())
                .extracting(Entity::type, Entity::text)
                .containsExactly(tuple(EntityType.DATE, "5 May 1990"));
    }

    @Test
    void chunksNounPhrasesUnlessAskedNotTo() {
        String text = "The Black Death reached Europe in 1347.";

        assertThat(analyzer.analyze(text).nounPhrases()).extracting(c -> text.substring(c.start(), c.end()))
                .contains("The Black Death", "Europe", "1347");
        AnalyzedText light = analyzer.withoutChunks().analyze(text);
        assertThat(light.nounPhrases()).isEmpty();
        assertThat(light.entities()).extracting(Entity::text).contains("Europe", "1347");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        AnalyzedText expected = analyzer.analyze(SUPER_BOWL);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnalyzedText>> results = pool.invokeAll(Collections.nCopies(16,
                    () -> analyzer.analyze(SUPER_BOWL)));
            for (Future<AnalyzedText> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void analysesEmptyAndBlankText() {
        assertThat(analyzer.analyze("").sentences()).isEmpty();
        assertThat(analyzer.analyze("   ").tokens()).isEmpty();
    }

    private static Entity entity(EntityType type, String text) {
        int start = SUPER_BOWL.indexOf(text);
        return new Entity(type, text, start, start + text.length());
    }
}
