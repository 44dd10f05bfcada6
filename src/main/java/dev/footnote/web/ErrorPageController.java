package dev.footnote.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.DisconnectedClientHelper;

import dev.footnote.web.error.ErrorResponses;

/**
 * The container's error page ({@code /error}), in place of Spring Boot's: whatever ended in
 * {@code sendError} or an exception outside Spring MVC (a method the page does not allow, an
 * error in a filter) is answered as a problem detail, or an OpenAI error under {@code /v1}.
 * Requested directly, {@code /error} is simply not found.
 */
@RestController
class ErrorPageController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status == null || path == null) {
            return ErrorResponses.entity(request.getRequestURI(), HttpStatus.NOT_FOUND, "Not Found",
                    "There is nothing at this path.", null);
        }
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status.is5xxServerError() && failure != null && !DisconnectedClientHelper.isClientDisconnectedException(failure)) {
            log.error("Unexpected error outside the controllers while serving {}", ErrorResponses.safePath(path), failure);
        }
        return ErrorResponses.entity(path, status, status.getReasonPhrase(), detail(status), null);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this path.";
            case METHOD_NOT_ALLOWED -> "This path does not accept this HTTP method.";
            case NOT_ACCEPTABLE -> "This path cannot answer in the media type the Accept header asks for.";
            case UNSUPPORTED_MEDIA_TYPE -> "This path does not accept a body of this Content-Type.";
            default -> status.is5xxServerError() ? "Footnote could not handle this request; the error was logged."
                    : "The request could not be served (" + status.getReasonPhrase() + ").";
        };
    }
}
