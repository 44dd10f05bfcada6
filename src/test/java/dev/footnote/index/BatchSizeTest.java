package dev.footnote.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BatchSizeTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void batchesThatGoByQuicklyGrowUpToTheMost() {
        BatchSize size = BatchSize.paced(256, 2048, Duration.ofSeconds(2));
        size.begin();
        long now = 0;
        size.handedOver(now);
        assertThat(size.passages()).isEqualTo(256);
        int[] expected = {512, 1024, 2048, 2048};
        for (int grown : expected) {
            now += SECOND;
            size.handedOver(now);
            assertThat(size.passages()).isEqualTo(grown);
        }
    }

    @Test
    void aSlowBatchHalvesTheNextButNeverBelowTheLeast() {
        BatchSize size = BatchSize.paced(256, 2048, Duration.ofSeconds(2));
        size.begin();
        long now = 0;
        size.handedOver(now);
        for (int i = 0; i < 3; i++) {
            now += SECOND;
            size.handedOver(now);
        }
        assertThat(size.passages()).isEqualTo(2048);
        now += 5 * SECOND;
        size.handedOver(now);
        assertThat(size.passages()).isEqualTo(1024);
        now += 3 * SECOND;
        size.handedOver(now);
        assertThat(size.passages()).as("between one and two intervals: kept").isEqualTo(1024);
        for (int i = 0; i < 5; i++) {
            now += 10 * SECOND;
            size.handedOver(now);
        }
        assertThat(size.passages()).isEqualTo(256);
    }

    @Test
    void aSlowModelKeepsTheLeastSizeAndANewSyncStartsFromIt() {
        BatchSize size = BatchSize.paced(256, 2048, Duration.ofSeconds(2));
        size.begin();
        size.handedOver(0);
        size.handedOver(6 * SECOND);
        assertThat(size.passages()).isEqualTo(256);
        size.handedOver(7 * SECOND);
        assertThat(size.passages()).isEqualTo(512);
        size.begin();
        assertThat(size.passages()).isEqualTo(256);
        size.handedOver(8 * SECOND);
        assertThat(size.passages()).as("the first batch of a sync has nothing to be timed against").isEqualTo(256);
    }

    @Test
    void aZeroIntervalOrAFixedSizeNeverChanges() {
        for (BatchSize size : new BatchSize[] {BatchSize.fixed(100), BatchSize.paced(100, 5000, Duration.ZERO)}) {
            size.begin();
            for (int i = 0; i < 5; i++) {
                size.handedOver(i);
            }
            assertThat(size.passages()).isEqualTo(100);
        }
        assertThatThrownBy(() -> BatchSize.fixed(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
