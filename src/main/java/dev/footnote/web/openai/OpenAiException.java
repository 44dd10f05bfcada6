package dev.footnote.web.openai;

import org.springframework.http.HttpStatus;

import dev.footnote.web.error.OpenAiError;

/** A request the OpenAI-compatible API refuses, answered as an OpenAI error object with {@code status}. */
final class OpenAiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String param;
    private final String code;

    OpenAiException(HttpStatus status, String type, String message, String param, String code) {
        super(message);
        this.status = status;
        this.type = type;
        this.param = param;
        this.code = code;
    }

    static OpenAiException invalid(String message, String param) {
        return new OpenAiException(HttpStatus.BAD_REQUEST, OpenAiError.INVALID_REQUEST, message, param, null);
    }

    static OpenAiException unknownModel(String model) {
        return new OpenAiException(HttpStatus.NOT_FOUND, OpenAiError.INVALID_REQUEST,
                "The model '" + model + "' does not exist; this server serves '" + String.join("' and '", OpenAiController.MODELS) + "'.",
                "model", "model_not_found");
    }

    HttpStatus status() {
        return status;
    }

    OpenAiError toError() {
        return OpenAiError.of(getMessage(), type, param, code);
    }
}
