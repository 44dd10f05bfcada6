package dev.footnote.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aClientGetsItsMinutesAllowanceThenWaitsForTheRefill() {
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(6, 100, clock);

        for (int i = 0; i < 6; i++) {
            assertThat(limiter.acquire("a").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.acquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(10);
        assertThat(limiter.acquire("b").allowed()).as("each client has its own bucket").isTrue();

        clock.advance(Duration.ofSeconds(4));
        assertThat(limiter.acquire("a").retryAfterSeconds()).isEqualTo(6);
        clock.advance(Duration.ofSeconds(6));
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isFalse();
    }

    @Test
    void idleClientsAreForgottenWhenTheTableIsFullAndNewOnesRefusedWhileNoneIs() {
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(2, 2, clock);
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("b").allowed()).isTrue();
        assertThat(limiter.acquire("c").allowed()).as("table full, nobody idle").isFalse();

        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.acquire("c").allowed()).as("a and b refilled, so forgotten").isTrue();
    }
}
