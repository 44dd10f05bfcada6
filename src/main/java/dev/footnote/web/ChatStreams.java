package dev.footnote.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * The answers being streamed now, by stream id, so that the one who asked can stop one
 * ({@code DELETE /api/chat/stream/{id}}). A stopped stream ends at its next piece of text: the
 * answer is not finished and the turn is not stored.
 */
@Component
class ChatStreams {

    /** A running stream: whose it is and whether it was asked to stop. */
    static final class Running {
        final String id;
        final String owner;
        private final AtomicBoolean stopped = new AtomicBoolean();

        Running(String id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        boolean stopped() {
            return stopped.get();
        }

        /** True for the first call only. */
        boolean stop() {
            return stopped.compareAndSet(false, true);
        }
    }

    /** Thrown into the answerer from the stream's listener to end a stopped answer. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("The answer was stopped by its client.", null, false, false);
        }
    }

    private final Map<String, Running> running = new ConcurrentHashMap<>();

    Running start(String owner) {
        Running stream = new Running(UUID.randomUUID().toString(), owner);
        running.put(stream.id, stream);
        return stream;
    }

    /** The owner's running stream of that id, told to stop; empty if there is none (finished, or another's). */
    Optional<Running> stop(String id, String owner) {
        Running stream = running.get(id);
        if (stream == null || !stream.owner.equals(owner) || !stream.stop()) {
            return Optional.empty();
        }
        return Optional.of(stream);
    }

    void finish(Running stream) {
        running.remove(stream.id);
    }
}
