package dev.footnote.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

import dev.footnote.chat.InvalidMessageException;
import dev.footnote.chat.UnknownConversationException;
import dev.footnote.outage.EmbeddingUnavailableException;
import dev.footnote.outage.IndexUnavailableException;
import dev.footnote.web.error.ErrorResponses;
import dev.footnote.web.error.JsonBodyErrors;
import dev.footnote.web.security.BodyTooLargeException;

/**
 * Every error as RFC 9457 {@code application/problem+json} (an OpenAI error object under
 * {@code /v1}), with a message a user can act on and never a stack trace. Spring's own MVC
 * exceptions (unknown route, wrong method or media type…) come through the base class.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler({InvalidMessageException.class, BadRequestException.class})
    ResponseEntity<Object> badRequest(RuntimeException e, HttpServletRequest request) {
        return ErrorResponses.entity(request.getRequestURI(), HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), null);
    }

    @ExceptionHandler(UnknownConversationException.class)
    ResponseEntity<Object> unknownConversation(UnknownConversationException e, HttpServletRequest request) {
        return ErrorResponses.entity(request.getRequestURI(), HttpStatus.NOT_FOUND, "Conversation not found", e.getMessage(), null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, HttpServletRequest request) {
        return ErrorResponses.entity(request.getRequestURI(), HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    /** A body that broke the size limit while Jackson was reading it (sent without a Content-Length). */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(BodyTooLargeException e, HttpServletRequest request) {
        return ErrorResponses.entity(request.getRequestURI(), HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
                e.getMessage(), "request_too_large");
    }

    /** A multipart body that cannot be parsed (no boundary, cut short); one too large is the base class's 413. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> badMultipart(MultipartException e, HttpServletRequest request) {
        log.debug("Unreadable multipart body", e);
        return ErrorResponses.entity(request.getRequestURI(), HttpStatus.BAD_REQUEST, "Malformed request body",
                "The multipart body could not be read: it is malformed, cut short or has no boundary.", null);
    }

    /** Jackson could not even build its reader for the body (e.g. a type it cannot bind): the body is at fault. */
    @ExceptionHandler(HttpMessageConversionException.class)
    ResponseEntity<Object> unconvertible(HttpMessageConversionException e, HttpServletRequest request) {
        log.debug("Unreadable request body", e);
        return ErrorResponses.entity(request.getRequestURI(), HttpStatus.BAD_REQUEST, "Malformed request body",
                "The request body could not be read as the JSON object this endpoint expects.", null);
    }

    /**
     * Something the request needs is unreachable (the embedding server for a dense search or an LLM
     * answer's checks, the Solr cluster): 503 with what is down, so a client can retry later or use
     * {@code mode=bm25}; never an internal error.
     */
    @ExceptionHandler({EmbeddingUnavailableException.class, IndexUnavailableException.class})
    ResponseEntity<Object> unavailable(RuntimeException e, HttpServletRequest request) {
        log.warn("Service unavailable for {}: {}", ErrorResponses.safePath(request.getRequestURI()), e.getMessage());
        String detail = e instanceof EmbeddingUnavailableException
                ? "Footnote cannot serve this request now: " + e.getMessage() + ". Keyword search (mode=bm25) still works."
                : "Footnote cannot serve this request now: " + e.getMessage() + ".";
        ResponseEntity<Object> entity = ErrorResponses.entity(request.getRequestURI(), HttpStatus.SERVICE_UNAVAILABLE,
                "Service unavailable", detail, null);
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(entity.getHeaders());
        headers.set(HttpHeaders.RETRY_AFTER, "10");
        return new ResponseEntity<>(entity.getBody(), headers, entity.getStatusCode());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // Nobody is left to read an answer; not an error of ours.
            log.debug("Client went away: {}", e.toString());
            return null;
        }
        log.error("Unexpected error while handling a request", e);
        return ErrorResponses.entity(request.getRequestURI(), HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Footnote could not handle this request; the error was logged.", null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(ex);
        if (tooLarge != null) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
            body.setTitle("Request body too large");
            return handleExceptionInternal(ex, body, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        // The default detail says only "Failed to read request"; say which field is wrong and what is expected.
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                JsonBodyErrors.describe(ex, path(request)));
        body.setTitle("Malformed request body");
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        String path = path(request);
        if (!ErrorResponses.isOpenAi(path)) {
            // Spring's "No static resource …" detail is kept: the page reads it to tell a missing endpoint.
            return super.handleNoResourceFoundException(ex, headers, status, request);
        }
        // OpenAI's own wording for an unknown route, so that SDKs show something useful.
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Invalid URL (" + ex.getHttpMethod() + " "
                + ErrorResponses.safePath(path) + "): this server serves GET /v1/models and POST /v1/chat/completions.");
        body.setTitle("Not Found");
        return handleExceptionInternal(ex, body, headers, HttpStatus.NOT_FOUND, request);
    }

    /** Under {@code /v1} every problem the base class builds leaves as an OpenAI error object instead. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        String path = path(request);
        if (body instanceof ProblemDetail problem) {
            ResponseEntity<Object> shaped = ErrorResponses.entity(path, statusCode,
                    problem.getTitle() == null ? "Error" : problem.getTitle(),
                    problem.getDetail() == null ? "The request could not be served." : problem.getDetail(), null);
            HttpHeaders merged = new HttpHeaders();
            merged.addAll(headers);
            merged.setContentType(shaped.getHeaders().getContentType());
            return new ResponseEntity<>(shaped.getBody(), merged, statusCode);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String path(WebRequest request) {
        HttpServletRequest servlet = request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
        return servlet == null ? null : servlet.getRequestURI();
    }
}
