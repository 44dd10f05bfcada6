package dev.footnote.web.openai;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.util.DisconnectedClientHelper;

import dev.footnote.chat.InvalidMessageException;
import dev.footnote.web.error.JsonBodyErrors;
import dev.footnote.web.error.OpenAiError;
import dev.footnote.web.security.BodyTooLargeException;

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
    ResponseEntity<OpenAiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(e);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        return body(HttpStatus.BAD_REQUEST, OpenAiError.of(JsonBodyErrors.describe(e, request.getRequestURI()),
                OpenAiError.INVALID_REQUEST, JsonBodyErrors.field(e), null));
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<OpenAiError> tooLarge(BodyTooLargeException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, OpenAiError.of(e.getMessage(), OpenAiError.INVALID_REQUEST, null,
                "request_too_large"));
    }

    @ExceptionHandler(HttpMessageConversionException.class)
    ResponseEntity<OpenAiError> unconvertible(HttpMessageConversionException e) {
        log.debug("Unreadable request body", e);
        return body(HttpStatus.BAD_REQUEST, OpenAiError.of(
                "The request body could not be read as a chat completion request.", OpenAiError.INVALID_REQUEST, null, null));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<OpenAiError> notJson(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, OpenAiError.of(
                "Send the request body as application/json.", OpenAiError.INVALID_REQUEST, null, null));
    }

    /** An Accept the API cannot serve (text/plain, image/png…): 406 as an OpenAI error (JSON whatever was asked), not a 500. */
    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<OpenAiError> notAcceptable(org.springframework.web.HttpMediaTypeNotAcceptableException e) {
        return body(HttpStatus.NOT_ACCEPTABLE, OpenAiError.of(
                "This endpoint answers application/json; send Accept: application/json (or none).", OpenAiError.INVALID_REQUEST,
                null, null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<OpenAiError> unexpected(Exception e) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("Client went away: {}", e.toString());
            return null;
        }
        log.error("Unexpected error in the OpenAI-compatible API", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, OpenAiError.of(
                "Footnote could not handle this request; the error was logged.", OpenAiError.SERVER_ERROR, null, null));
    }

    private static ResponseEntity<OpenAiError> body(HttpStatus status, OpenAiError error) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }
}
