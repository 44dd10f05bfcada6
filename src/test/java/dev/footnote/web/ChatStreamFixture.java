package dev.footnote.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.footnote.chat.ChatReply;
import dev.footnote.chat.ChatService;

/**
 * A stand-in for {@code POST /api/chat/stream} at a test-only path, speaking the documented event
 * contract ({@code delta} {text}, {@code restart} {reason}, {@code citations} [..], {@code done}
 * {the /api/chat response}, {@code error} {problem}) slowly enough that the page can be seen mid-answer. It lets the browser
 * tests exercise the page's streaming path whether or not the real endpoint is on this branch.
 */
@TestComponent
@RestController
class ChatStreamFixture {

    static final String PATH = "/test/chat/stream";
    /** Questions containing this word break off with an {@code error} event after a few words. */
    static final String INTERRUPT = "interrupt";
    /** Questions containing this word get a few words, a {@code restart} event, then the whole answer. */
    static final String RESTART = "restart";
    private static final long DELAY_MS = 40;
    /** The reason a stopped stream gives, so that a test can tell the server's stop from the page's own. */
    static final String STOPPED = "The fixture stopped writing at your request.";

    private final ChatService chat;
    private final ChatStreams streams;

    ChatStreamFixture(ChatService chat, ChatStreams streams) {
        this.chat = chat;
        this.streams = streams;
    }

    /** Stoppable as the real stream is: the same stream registry, header and DELETE endpoint. */
    @PostMapping(PATH)
    SseEmitter stream(@RequestBody ChatRequest request, HttpServletResponse response) {
        ChatReply reply = chat.chat(request.message(), request.conversationId());
        SseEmitter emitter = new SseEmitter(30_000L);
        String message = request.message();
        ChatStreams.Running running = streams.start(ConversationsController.owner(null));
        response.setHeader(ChatStreamController.STREAM_ID_HEADER, running.id);
        Thread writer = new Thread(() -> {
            try {
                write(emitter, reply, message.contains(INTERRUPT), message.contains(RESTART), running);
            } finally {
                streams.finish(running);
            }
        }, "chat-stream-fixture");
        writer.setDaemon(true);
        writer.start();
        return emitter;
    }

    private static void write(SseEmitter emitter, ChatReply reply, boolean interrupt, boolean restart, ChatStreams.Running running) {
        try {
            String[] words = reply.answer().text().split("(?<= )");
            if (restart) {
                for (int i = 0; i < 3; i++) {
                    emitter.send(SseEmitter.event().name("delta").data(Map.of("text", "Wrong" + i + " ")));
                }
                emitter.send(SseEmitter.event().name("restart").data(Map.of("reason", "The model failed; answering again.")));
            }
            for (int i = 0; i < words.length; i++) {
                if (running.stopped()) {
                    emitter.send(SseEmitter.event().name("stopped").data(Map.of("reason", STOPPED)));
                    emitter.complete();
                    return;
                }
                if (interrupt && i == 3) {
                    emitter.send(SseEmitter.event().name("error").data(Map.of("problem", Map.of(
                            "title", "Answer failed", "status", 502, "detail", "The language model stopped answering."))));
                    emitter.complete();
                    return;
                }
                emitter.send(SseEmitter.event().name("delta").data(Map.of("text", words[i])));
                Thread.sleep(DELAY_MS);
            }
            emitter.send(SseEmitter.event().name("citations").data(reply.answer().citations()));
            emitter.send(SseEmitter.event().name("done").data(ChatResponse.of(reply)));
            emitter.complete();
        } catch (IOException | InterruptedException e) {
            emitter.completeWithError(e);
        }
    }
}
