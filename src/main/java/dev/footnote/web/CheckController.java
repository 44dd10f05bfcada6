package dev.footnote.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.DisconnectedClientHelper;

import dev.footnote.check.CheckReport;
import dev.footnote.check.CheckService;
import dev.footnote.check.CheckTooLongException;
import dev.footnote.check.DraftFiles;
import dev.footnote.check.InvalidCheckException;
import dev.footnote.check.UnreadableDraftException;
import dev.footnote.check.UnsupportedDraftException;
import dev.footnote.web.error.ErrorResponses;

/**
 * {@code POST /api/check}: a text in, each of its sentences judged against the corpus (supported, partially supported,
 * not supported) with its citations and the words nothing backs. {@code POST /api/check/stream} gives the same as
 * Server-Sent Events: one {@code sentence} per sentence as it is checked (an element of {@code sentences}), then
 * {@code done} (the whole response) or {@code error} (a problem detail, whose {@code status} is what
 * {@code POST /api/check} would have answered: 400 for a blank text or a document that cannot be evidence, 413 for a
 * text too long), as the chat stream does. {@code POST /api/check/text?name=draft.docx} reads a draft sent as a file
 * (the raw bytes as the body) through the corpus's parsers and gives back {@code {"fileName", "format", "text"}}: the
 * page's Check tab puts that text in its box and checks it. A body over {@code footnote.web.max-body-size} is 413, a
 * text over {@code footnote.check.max-chars} 413, a format the corpus does not read 415, an empty, corrupt or
 * text-less file 422.
 */
@RestController
class CheckController {

    private static final Logger log = LoggerFactory.getLogger(CheckController.class);

    private final CheckService checks;
    private final DraftFiles drafts;
    private final TaskExecutor executor;

    CheckController(CheckService checks, DraftFiles drafts, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.checks = checks;
        this.drafts = drafts;
        this.executor = executor;
    }

    /**
     * A draft file's text, read as the corpus reads its files. The body is the file itself (any Content-Type but a
     * form: a form body would be parsed as parameters); the format is told by the extension of {@code name}.
     */
    @PostMapping(path = "/api/check/text", consumes = "!" + MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    DraftFiles.DraftText text(@RequestParam(name = "name", required = false) String name,
                              @RequestBody(required = false) byte[] file) {
        return drafts.read(name, file);
    }

    @PostMapping("/api/check")
    CheckReport check(@RequestBody CheckRequest request) {
        return checks.check(request.text(), request.documentIds());
    }

    @PostMapping(path = "/api/check/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestBody CheckRequest request) {
        SseEmitter emitter = new SseEmitter();
        try {
            checks.validate(request.text(), request.documentIds());
        } catch (InvalidCheckException e) {
            return failed(emitter, HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
        } catch (CheckTooLongException e) {
            return failed(emitter, HttpStatus.PAYLOAD_TOO_LARGE, "Text too long", e.getMessage());
        }
        executor.execute(() -> {
            try {
                CheckReport report = checks.check(request.text(), request.documentIds(), s -> send(emitter, "sentence", s));
                send(emitter, "done", report);
                emitter.complete();
            } catch (UncheckedIOException e) {
                log.debug("Check stream closed by the client: {}", e.getCause().toString());
            } catch (RuntimeException e) {
                if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
                    return;
                }
                log.error("Unexpected error while checking a text", e);
                failed(emitter, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                        "Footnote could not check this text; the error was logged.");
            }
        });
        return emitter;
    }

    /** Ends the stream with one {@code error} event, as the chat stream does. */
    private static SseEmitter failed(SseEmitter emitter, HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        try {
            send(emitter, "error", problem);
            emitter.complete();
        } catch (UncheckedIOException gone) {
            emitter.completeWithError(gone);
        }
        return emitter;
    }

    @ExceptionHandler(InvalidCheckException.class)
    ResponseEntity<Object> invalid(InvalidCheckException e, HttpServletRequest request) {
        return ErrorResponses.entity(request.getRequestURI(), HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), null);
    }

    @ExceptionHandler(CheckTooLongException.class)
    ResponseEntity<Object> tooLong(CheckTooLongException e, HttpServletRequest request) {
        return ErrorResponses.entity(request.getRequestURI(), HttpStatus.PAYLOAD_TOO_LARGE, "Text too long", e.getMessage(),
                "text_too_long");
    }

    @ExceptionHandler(UnsupportedDraftException.class)
    ResponseEntity<Object> unsupported(UnsupportedDraftException e, HttpServletRequest request) {
        ResponseEntity<Object> entity = ErrorResponses.entity(request.getRequestURI(), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported document type", e.getMessage(), null);
        if (entity.getBody() instanceof ProblemDetail problem) {
            problem.setProperty("supported", UnsupportedDraftException.supported());
        }
        return entity;
    }

    @ExceptionHandler(UnreadableDraftException.class)
    ResponseEntity<Object> unreadable(UnreadableDraftException e, HttpServletRequest request) {
        return ErrorResponses.entity(request.getRequestURI(), HttpStatus.UNPROCESSABLE_ENTITY, "Unreadable file", e.getMessage(), null);
    }

    private static void send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
