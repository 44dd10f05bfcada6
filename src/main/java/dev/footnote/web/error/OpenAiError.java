package dev.footnote.web.error;

import org.springframework.http.HttpStatusCode;

/** The OpenAI error body: {@code {"error": {"message", "type", "param", "code"}}}. */
public record OpenAiError(Detail error) {

    public static final String INVALID_REQUEST = "invalid_request_error";
    public static final String AUTHENTICATION = "authentication_error";
    public static final String PERMISSION = "permission_error";
    public static final String RATE_LIMIT = "rate_limit_error";
    public static final String SERVER_ERROR = "server_error";

    /** The error object; {@code param} names the request field at fault, {@code code} a machine-readable reason. */
    public record Detail(String message, String type, String param, String code) {
    }

    public static OpenAiError of(String message, String type, String param, String code) {
        return new OpenAiError(new Detail(message, type, param, code));
    }

    /** An error whose {@code type} follows from the HTTP status, as OpenAI's own API sets it. */
    public static OpenAiError forStatus(HttpStatusCode status, String message, String param, String code) {
        String type = switch (status.value()) {
            case 401 -> AUTHENTICATION;
            case 403 -> PERMISSION;
            case 429 -> RATE_LIMIT;
            default -> status.is5xxServerError() ? SERVER_ERROR : INVALID_REQUEST;
        };
        return of(message, type, param, code);
    }
}
