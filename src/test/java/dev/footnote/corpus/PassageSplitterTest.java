package dev.footnote.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    private final PassageSplitter splitter = new PassageSplitter(250);

    @Test
    void eachLineEndingInACitationTrailerIsItsOwnParagraph() {
        String text = "First paragraph says one thing. (citation: source A, 2024)\n"
                + "Second paragraph says another. (citation: source B)\n";

        List<PassageSplitter.Piece> pieces = splitter.split(text);

        assertThat(pieces).containsExactly(
                new PassageSplitter.Piece("First paragraph says one thing.", "source A, 2024"),
                new PassageSplitter.Piece("Second paragraph says another.", "source B"));
    }

    @Test
    void blankLinesSeparateParagraphsAndWrappedLinesAreJoined() {
        String text = "# Title\n\nA wrapped\nparagraph here.\n\n\nAnother one.";

        List<PassageSplitter.Piece> pieces = splitter.split(text);

        assertThat(pieces).extracting(PassageSplitter.Piece::text)
                .containsExactly("# Title", "A wrapped paragraph here.", "Another one.");
        assertThat(pieces).extracting(PassageSplitter.Piece::source).containsOnlyNulls();
    }

    @Test
    void aParagraphOverTheWordLimitIsSplitAtSentenceBoundaries() {
        String sentence = "This sentence has exactly eight words in it. ";
        String paragraph = sentence.repeat(40).strip() + " (citation: long report)";

        List<PassageSplitter.Piece> pieces = new PassageSplitter(100).split(paragraph);

        assertThat(pieces).hasSize(4);
        assertThat(pieces).allSatisfy(p -> {
            assertThat(PassageSplitter.wordCount(p.text())).isLessThanOrEqualTo(100);
            assertThat(p.text()).startsWith("This sentence").endsWith("in it.");
            assertThat(p.source()).isEqualTo("long report");
        });
        assertThat(pieces.stream().mapToInt(p -> PassageSplitter.wordCount(p.text())).sum()).isEqualTo(320);
    }

    @Test
    void theSeedCorpusSplitsIntoItsFourParagraphsWithSources() throws Exception {
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of("corpus/kosovo-statements.txt"));

        List<PassageSplitter.Piece> pieces = splitter.split(seed);

        assertThat(pieces).hasSize(4);
        assertThat(pieces).extracting(PassageSplitter.Piece::source).containsExactly(
                "joint US-EU statement on Kosovo, reported by international wire services, 2024",
                "EU-US concerns about Kosovo tensions, 2024",
                "statements by Milos Vucevic on security posture and negotiation options, 2023–2024",
                "remarks by President Vucic on Kosovo and Metohija, 2023–2024");
        assertThat(pieces).noneMatch(p -> p.text().contains("citation:"));
    }
}
