package dev.footnote.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.DisconnectedClientHelper;

import dev.footnote.answer.AnswerListener;
import dev.footnote.chat.ChatReply;
import dev.footnote.chat.ChatService;
import dev.footnote.chat.InvalidMessageException;
import dev.footnote.chat.UnknownConversationException;

/**
 * {@code POST /api/chat/stream}: the chat answer as Server-Sent Events. Events, in order:
 * {@code delta} ({@code {"text": …}}) while the answer is written; {@code restart}
 * ({@code {"reason": …}}) if the model failed mid-answer and the deltas so far must be dropped;
 * one {@code citations} (the verified citations, a JSON array); then {@code done}, whose data is
 * the full response of {@code POST /api/chat} (its {@code answer} is authoritative: markers that
 * point at no passage are removed from it). Any failure is one {@code error} event with a problem
 * detail ({@code status} 400 for a refused message, 404 for an unknown conversation) instead.
 */
@RestController
class ChatStreamController {

    private static final Logger log = LoggerFactory.getLogger(ChatStreamController.class);

    private final ChatService chat;
    private final TaskExecutor executor;

    ChatStreamController(ChatService chat, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.chat = chat;
        this.executor = executor;
    }

    @PostMapping(path = "/api/chat/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestBody ChatRequest request) {
        SseEmitter emitter = newEmitter();
        ChatService.PendingTurn turn;
        try {
            turn = chat.open(request.message(), request.conversationId());
        } catch (InvalidMessageException e) {
            fail(emitter, HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
            return emitter;
        } catch (UnknownConversationException e) {
            fail(emitter, HttpStatus.NOT_FOUND, "Conversation not found", e.getMessage());
            return emitter;
        }
        executor.execute(() -> answer(turn, emitter));
        return emitter;
    }

    /** The emitter for one stream; its timeout is spring.mvc.async.request-timeout. */
    SseEmitter newEmitter() {
        return new SseEmitter();
    }

    private void answer(ChatService.PendingTurn turn, SseEmitter emitter) {
        ClientGone gone = new ClientGone();
        try {
            ChatReply reply = chat.complete(turn, new AnswerListener() {
                @Override
                public void delta(String text) {
                    send(emitter, "delta", Map.of("text", text), gone);
                }

                @Override
                public void restart(String reason) {
                    send(emitter, "restart", Map.of("reason", reason), gone);
                }
            });
            send(emitter, "citations", reply.answer().citations(), gone);
            send(emitter, "done", ChatResponse.of(reply), gone);
            emitter.complete();
        } catch (RuntimeException e) {
            if (gone.happened() || DisconnectedClientHelper.isClientDisconnectedException(e)) {
                // The client went away (whatever the answerer wrapped that in); there is nobody left to tell,
                // and the container reports the broken connection itself: one line at DEBUG, no error.
                log.debug("Chat stream closed by the client: {}", gone.cause() == null ? e.toString() : gone.cause().toString());
                return;
            }
            log.error("Unexpected error while streaming an answer", e);
            fail(emitter, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                    "Footnote could not answer this message; the error was logged.");
        }
    }

    /** Set by the first write that fails because the client disconnected; later writes are not attempted. */
    private static final class ClientGone {

        private volatile IOException cause;

        boolean happened() {
            return cause != null;
        }

        IOException cause() {
            return cause;
        }
    }

    private static void fail(SseEmitter emitter, HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        try {
            send(emitter, "error", problem);
            emitter.complete();
        } catch (UncheckedIOException e) {
            emitter.completeWithError(e);
        }
    }

    private static void send(SseEmitter emitter, String name, Object data) {
        send(emitter, name, data, new ClientGone());
    }

    private static void send(SseEmitter emitter, String name, Object data, ClientGone gone) {
        if (gone.happened()) {
            throw new UncheckedIOException(gone.cause());
        }
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            gone.cause = e;
            throw new UncheckedIOException(e);
        }
    }
}
