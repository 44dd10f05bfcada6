package dev.footnote.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoadCommandTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (i + 1) * 1_000_000L;
        }
        assertThat(LoadCommand.percentile(nanos, 0.50)).isEqualTo(50.0);
        assertThat(LoadCommand.percentile(nanos, 0.95)).isEqualTo(95.0);
        assertThat(LoadCommand.percentile(nanos, 0.99)).isEqualTo(99.0);
        assertThat(LoadCommand.percentile(new long[] {7_000_000L}, 0.99)).isEqualTo(7.0);
        assertThat(LoadCommand.percentile(new long[0], 0.5)).isZero();
    }

    @Test
    void badOptionsPrintTheUsage() {
        assertThat(LoadCommand.run(Object.class, new String[] {"--clients", "0"})).isEqualTo(2);
        assertThat(LoadCommand.run(Object.class, new String[] {"--seconds", "x"})).isEqualTo(2);
    }
}
