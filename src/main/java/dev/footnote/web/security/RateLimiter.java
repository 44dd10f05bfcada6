package dev.footnote.web.security;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: each holds up to {@code requestsPerMinute} requests and refills at
 * that rate, so a client may burst to its minute's allowance and then goes at the steady rate.
 * Clients are counted up to {@code maxClients}; past that, buckets that have refilled completely
 * (idle clients) are forgotten first, and if none has, the new client is refused rather than the
 * memory growing without bound.
 */
public final class RateLimiter {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final int requestsPerMinute;
    private final int maxClients;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int requestsPerMinute, int maxClients, Clock clock) {
        if (requestsPerMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("requests per minute and clients tracked must be positive");
        }
        this.requestsPerMinute = requestsPerMinute;
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /** The outcome: allowed, or refused with the whole seconds to wait before the next request is allowed. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    public Decision acquire(String client) {
        long now = nanos();
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxClients) {
                forgetIdle(now);
            }
            if (buckets.size() >= maxClients) {
                return new Decision(false, secondsUntilOneToken(0));
            }
            bucket = buckets.computeIfAbsent(client, c -> new Bucket(requestsPerMinute, now));
        }
        synchronized (bucket) {
            bucket.refill(now, requestsPerMinute);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, 0);
            }
            return new Decision(false, secondsUntilOneToken(bucket.tokens));
        }
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    private long secondsUntilOneToken(double tokens) {
        double minutes = (1 - tokens) / requestsPerMinute;
        return Math.max(1, (long) Math.ceil(minutes * 60));
    }

    private void forgetIdle(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next();
            synchronized (bucket) {
                bucket.refill(now, requestsPerMinute);
                if (bucket.tokens >= requestsPerMinute) {
                    it.remove();
                }
            }
        }
    }

    private long nanos() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static final class Bucket {

        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, int perMinute) {
            if (now > updated) {
                tokens = Math.min(perMinute, tokens + (now - updated) * perMinute / NANOS_PER_MINUTE);
                updated = now;
            }
        }
    }
}
