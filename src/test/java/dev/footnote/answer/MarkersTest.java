package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkersTest {

    @Test
    void findsSingleMarkersAndListsWithTheirPositions() {
        String text = "Serbia is ready [1]. The EU urged restraint [2, 3].[4]";
        List<Markers.Marker> markers = Markers.find(text);

        assertThat(markers).extracting(Markers.Marker::numbers).containsExactly(List.of(1), List.of(2, 3), List.of(4));
        assertThat(text.substring(markers.get(1).bracket(), markers.get(1).end())).isEqualTo("[2, 3]");
        assertThat(markers.get(1).spaceBefore()).isEqualTo(" ");
        assertThat(Markers.numbers("a [2] b [1,2] c [2]")).containsExactly(2, 1);
    }

    @Test
    void onlyOneToFourDigitsInBracketsAreMarkers() {
        assertThat(Markers.any("see [12345] or [a] or [1.5] or [] or (1)")).isFalse();
        assertThat(Markers.any("see [9999]")).isTrue();
    }

    @Test
    void stripRemovesMarkersWithTheSpaceBeforeThem() {
        assertThat(Markers.strip("It is ready [1]. It waits [2, 3], then acts.[4]"))
                .isEqualTo("It is ready. It waits, then acts.");
    }

    @Test
    void renumberShiftsEveryNumberAndKeepsTheLayout() {
        assertThat(Markers.renumber("Agreement: peace [1] and talks [2,3].", n -> n + 4))
                .isEqualTo("Agreement: peace [5] and talks [6, 7].");
    }

    @Test
    void renderWritesOneGrammar() {
        assertThat(Markers.render(3)).isEqualTo("[3]");
        assertThat(Markers.render(List.of(1, 2))).isEqualTo("[1, 2]");
        assertThat(Markers.render(List.of())).isEmpty();
        assertThat(Markers.find(Markers.render(List.of(7, 8))).get(0).numbers()).containsExactly(7, 8);
    }

    @Test
    void replaceSeesEachMarker() {
        assertThat(Markers.replace("x [1] y [2, 9].", m -> m.numbers().contains(9) ? "" : m.spaceBefore() + "<1>"))
                .isEqualTo("x <1> y.");
    }
}
