package dev.footnote.web.openai;

/** The OpenAI error body: {@code {"error": {"message", "type", "param", "code"}}}. */
record OpenAiError(Detail error) {

    static final String INVALID_REQUEST = "invalid_request_error";
    static final String SERVER_ERROR = "server_error";

    record Detail(String message, String type, String param, String code) {
    }

    static OpenAiError of(String message, String type, String param, String code) {
        return new OpenAiError(new Detail(message, type, param, code));
    }
}
