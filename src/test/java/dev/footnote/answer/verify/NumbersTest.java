package dev.footnote.answer.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumbersTest {

    private static List<Double> values(String text) {
        return Numbers.in(text).stream().map(Numbers.Found::value).toList();
    }

    @Test
    void readsDigitsWithSeparatorsDecimalsAndScales() {
        assertThat(values("a 48-bed unit")).containsExactly(48.0);
        assertThat(values("a total of 412.6 million dollars")).containsExactly(412.6e6);
        assertThat(values("1,200 people and 14 of the 62 deputies")).containsExactly(1200.0, 14.0, 62.0);
        assertThat(values("in 1347")).containsExactly(1347.0);
    }

    @Test
    void readsNumbersInWords() {
        assertThat(values("fourteen of the sixty-two")).containsExactly(14.0, 62.0);
        assertThat(values("two hundred and ten seats")).containsExactly(210.0);
        assertThat(values("three million voters")).containsExactly(3e6);
    }

    @Test
    void aLoneOneIsNoCountAndOffsetsAreExact() {
        assertThat(values("one of the members")).isEmpty();
        String text = "It opens in two phases.";
        Numbers.Found two = Numbers.in(text).get(0);
        assertThat(text.substring(two.start(), two.end())).isEqualTo("two");
    }

    @Test
    void theTwoDigitsEndingASpanOfYearsAreAYear() {
        assertThat(values("during the 2018–19 academic year")).containsExactly(2018.0, 2019.0);
        assertThat(values("the war of 1914-18")).containsExactly(1914.0, 1918.0);
        assertThat(values("the 1999/00 season")).containsExactly(1999.0, 2000.0);
        assertThat(values("pages 12-19")).containsExactly(12.0, 19.0);
    }

    @Test
    void aDecadeOrCenturyIsARangeOfYearsAndAnOrdinalItsNumber() {
        Numbers.Found decade = Numbers.in("in the 1990s").get(0);
        assertThat(decade.value()).isEqualTo(1990.0);
        assertThat(decade.holds(1994)).isTrue();
        assertThat(decade.holds(2000)).isFalse();
        Numbers.Found century = Numbers.in("the 15th century").get(0);
        assertThat(century.end()).isEqualTo("the 15th century".length());
        assertThat(century.holds(1453)).isTrue();
        assertThat(century.holds(1500)).isFalse();
        assertThat(Numbers.in("the 1600s").get(0).holds(1699)).isTrue();
        assertThat(values("the 3rd quarter")).containsExactly(3.0);
        assertThat(Numbers.in("the 3rd quarter").get(0).holds(3)).isTrue();
    }

    @Test
    void sameValueWhateverTheForm() {
        assertThat(Numbers.same(values("412.6 million").get(0), values("412,600,000").get(0))).isTrue();
        assertThat(Numbers.same(14, 41)).isFalse();
    }
}
