package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.footnote.answer.AnswerListener;
import dev.footnote.answer.AnswerService;
import dev.footnote.answer.Answerer;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.chat.ChatService;
import dev.footnote.chat.store.InMemoryConversationStore;
import dev.footnote.chat.RuleBasedCondenser;
import dev.footnote.corpus.Passage;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/**
 * A client that disconnects mid-stream (issue 12, item 12): the answer stops at the first failed
 * write, even when the answerer wraps that failure in an exception of its own (as a model client
 * does), and it is logged once at DEBUG, never as an ERROR with a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChatStreamDisconnectTest {

    /** An emitter whose client is gone after the first event. */
    private static final class DisconnectingEmitter extends SseEmitter {
        final AtomicInteger sent = new AtomicInteger();

        @Override
        public void send(SseEventBuilder builder) throws IOException {
            if (sent.incrementAndGet() > 1) {
                throw new IOException("Broken pipe");
            }
        }
    }

    @Test
    void aDisconnectEndsTheAnswerQuietly(CapturedOutput log) {
        AtomicInteger deltasTried = new AtomicInteger();
        Answerer wrapping = new Answerer() {
            @Override
            public CitedAnswer answer(Query query, List<RetrievedPassage> evidence) {
                throw new AssertionError("the stream asks with a listener");
            }

            @Override
            public CitedAnswer answer(Query query, List<RetrievedPassage> evidence, AnswerListener listener) {
                try {
                    for (int i = 0; i < 100; i++) {
                        deltasTried.incrementAndGet();
                        listener.delta("word" + i + " ");
                    }
                } catch (RuntimeException e) {
                    // As a streaming model client does: the listener's failure becomes the call's failure.
                    throw new IllegalStateException("streaming failed", e);
                }
                return CitedAnswer.notInCorpus("unreachable", CitedAnswer.LLM, List.of());
            }
        };
        Passage passage = new Passage("d-1", "d", 0, "Some passage text.", "a source");
        Retriever retriever = (query, limit) -> List.of(new RetrievedPassage(passage, 1));
        AnswerService answers = new AnswerService(retriever, wrapping, 3);
        ChatService chat = new ChatService(answers, new InMemoryConversationStore(10, 10, Duration.ofMinutes(5), Clock.systemUTC()),
                new RuleBasedCondenser(), 4000);
        ChatStreamController controller = new ChatStreamController(chat, new SyncTaskExecutor(), new ChatStreams()) {
            @Override
            SseEmitter newEmitter() {
                return new DisconnectingEmitter();
            }
        };

        DisconnectingEmitter emitter = (DisconnectingEmitter) controller.stream(new ChatRequest("What is said?", null), null,
                new MockHttpServletResponse());

        assertThat(deltasTried.get()).as("the answer stops at the failed write").isEqualTo(2);
        assertThat(emitter.sent.get()).isEqualTo(2);
        assertThat(log.getAll()).doesNotContain("ERROR").doesNotContain("Unexpected error");
    }
}
