package dev.footnote.web.openai;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.footnote.chat.InvalidMessageException;

/**
 * Errors of the OpenAI-compatible API as OpenAI error objects, which OpenAI clients parse and show,
 * instead of the problem details the rest of the API uses. Ordered first so that it wins over the
 * global advice for this controller.
 */
@RestControllerAdvice(assignableTypes = OpenAiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpenAiErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(OpenAiErrorAdvice.class);

    @ExceptionHandler(OpenAiException.class)
    ResponseEntity<OpenAiError> refused(OpenAiException e) {
        return body(e.status(), e.toError());
    }

    @ExceptionHandler(InvalidMessageException.class)
    ResponseEntity<OpenAiError> invalidMessage(InvalidMessageException e) {
        return body(HttpStatus.BAD_REQUEST, OpenAiError.of(e.getMessage(), OpenAiError.INVALID_REQUEST, "messages", null));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<OpenAiError> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, OpenAiError.of(
                "The request body must be a JSON object such as {\"model\": \"footnote\", \"messages\": [{\"role\": \"user\", \"content\": \"your question\"}]}.",
                OpenAiError.INVALID_REQUEST, null, null));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<OpenAiError> notJson(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, OpenAiError.of(
                "Send the request body as application/json.", OpenAiError.INVALID_REQUEST, null, null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<OpenAiError> unexpected(Exception e) {
        log.error("Unexpected error in the OpenAI-compatible API", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, OpenAiError.of(
                "Footnote could not handle this request; the error was logged.", OpenAiError.SERVER_ERROR, null, null));
    }

    private static ResponseEntity<OpenAiError> body(HttpStatus status, OpenAiError error) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }
}
