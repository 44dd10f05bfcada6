package dev.footnote.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
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
 * {@code delta} ({@code {"text": …}}) while the answer is written (a model's answer a judged sentence at a
 * time: a sentence is sent once the next one has begun and a cited passage backs it, see
 * {@code removed}); {@code restart}
 * ({@code {"reason": …}}) if the model failed mid-answer and the deltas so far must be dropped;
 * one {@code citations} (the verified citations, a JSON array); then {@code done}, whose data is
 * the full response of {@code POST /api/chat}, whose {@code answer} is what the deltas add up to. Any failure is one {@code error} event with a problem
 * detail ({@code status} 400 for a refused message, 404 for an unknown conversation) instead.
 *
 * <p>The response header {@value #STREAM_ID_HEADER} names the stream; {@code DELETE
 * /api/chat/stream/{id}} stops it: the stream then ends with one {@code stopped} event
 * ({@code {"reason": …}}) and the turn is not stored.
 */
@RestController
class ChatStreamController {

    private static final Logger log = LoggerFactory.getLogger(ChatStreamController.class);

    static final String STREAM_ID_HEADER = "Footnote-Stream-Id";

    private final ChatService chat;
    private final TaskExecutor executor;
    private final ChatStreams streams;

    ChatStreamController(ChatService chat, @Qualifier("applicationTaskExecutor") TaskExecutor executor, ChatStreams streams) {
        this.chat = chat;
        this.executor = executor;
        this.streams = streams;
    }

    @PostMapping(path = "/api/chat/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestBody ChatRequest request, Principal principal, HttpServletResponse response) {
        SseEmitter emitter = newEmitter();
        String owner = ConversationsController.owner(principal);
        ChatService.PendingTurn turn;
        try {
            turn = chat.open(request.message(), request.conversationId(), owner);
        } catch (InvalidMessageException e) {
            fail(emitter, HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
            return emitter;
        } catch (UnknownConversationException e) {
            fail(emitter, HttpStatus.NOT_FOUND, "Conversation not found", e.getMessage());
            return emitter;
        }
        ChatStreams.Running running = streams.start(owner);
        response.setHeader(STREAM_ID_HEADER, running.id);
        try {
            executor.execute(() -> answer(turn, emitter, running));
        } catch (RuntimeException e) {
            // Not started (e.g. the executor refused it): nobody will finish the stream, so forget it here.
            streams.finish(running);
            throw e;
        }
        return emitter;
    }

    /** Stops the caller's running stream; 404 if it has finished already or is not the caller's. */
    @DeleteMapping("/api/chat/stream/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void stop(@PathVariable String id, Principal principal) {
        streams.stop(id, ConversationsController.owner(principal))
                .orElseThrow(() -> new NotFoundException("No running answer stream with id '" + id + "'; it may have finished."));
    }

    /** The emitter for one stream; its timeout is spring.mvc.async.request-timeout. */
    SseEmitter newEmitter() {
        return new SseEmitter();
    }

    private void answer(ChatService.PendingTurn turn, SseEmitter emitter, ChatStreams.Running running) {
        ClientGone gone = new ClientGone();
        try {
            ChatReply reply = chat.complete(turn, new AnswerListener() {
                @Override
                public void delta(String text) {
                    stopIfAsked(running);
                    send(emitter, "delta", Map.of("text", text), gone);
                }

                @Override
                public void heldBack(String text) {
                    stopIfAsked(running);
                }

                @Override
                public void restart(String reason) {
                    stopIfAsked(running);
                    send(emitter, "restart", Map.of("reason", reason), gone);
                }
            });
            stopIfAsked(running);
            send(emitter, "citations", CitationResponse.fresh(reply.answer().citations(), reply.documentTitles()), gone);
            send(emitter, "done", ChatResponse.of(reply), gone);
            emitter.complete();
        } catch (ChatStreams.Stopped e) {
            log.debug("Chat stream {} stopped by its client", running.id);
            try {
                send(emitter, "stopped", Map.of("reason", "Stopped at your request; this answer was not kept."));
                emitter.complete();
            } catch (UncheckedIOException closed) {
                emitter.completeWithError(closed);
            }
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
        } finally {
            streams.finish(running);
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

    private static void stopIfAsked(ChatStreams.Running running) {
        if (running.stopped()) {
            throw new ChatStreams.Stopped();
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
