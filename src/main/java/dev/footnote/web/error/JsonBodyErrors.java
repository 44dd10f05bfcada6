package dev.footnote.web.error;

import java.util.Collection;
import java.util.Map;

import org.springframework.http.converter.HttpMessageNotReadableException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Says what is wrong with a JSON body that could not be read: which field has the wrong type,
 * which check of a request record failed, or where the JSON itself breaks, followed by the
 * endpoint's own example body.
 */
public final class JsonBodyErrors {

    private static final int MAX_PARSER_MESSAGE = 160;
    private static final Map<String, String> EXAMPLES = Map.of(
            "/api/chat", "{\"message\": \"your question\", \"conversationId\": \"(optional, from an earlier answer)\"}",
            "/api/chat/stream", "{\"message\": \"your question\", \"conversationId\": \"(optional, from an earlier answer)\"}",
            "/api/positions", "{\"topic\": \"Kosovo\", \"actors\": [\"Vucevic\"]}",
            "/v1/chat/completions", "{\"model\": \"footnote\", \"messages\": [{\"role\": \"user\", \"content\": \"your question\"}]}");

    private JsonBodyErrors() {
    }

    /** The detail for a 400: what is wrong, then what the body of {@code path} should look like. */
    public static String describe(HttpMessageNotReadableException e, String path) {
        String example = EXAMPLES.get(path);
        String expected = example == null ? "The request body must be a JSON object."
                : "The request body must be a JSON object such as " + example + ".";
        return what(e) + " " + expected;
    }

    /** The request field at fault, if the error names one (dotted, with [i] for array items). */
    public static String field(HttpMessageNotReadableException e) {
        boolean valueAtFault = e.getCause() instanceof ValueInstantiationException
                || e.getCause() instanceof MismatchedInputException && !truncated(e.getCause());
        return valueAtFault && !((JsonMappingException) e.getCause()).getPath().isEmpty() ? path((JsonMappingException) e.getCause()) : null;
    }

    private static String what(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException invalid) {
            // A request record refused a value in its constructor; its message says which and why.
            return invalid.getMessage();
        }
        if (truncated(cause)) {
            return "The body is not valid JSON (it ends before the JSON does).";
        }
        if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return "'" + path(m) + "' must be " + kind(m.getTargetType()) + ".";
        }
        if (cause instanceof MismatchedInputException) {
            return "The body is not a JSON object.";
        }
        if (cause instanceof JsonProcessingException p) {
            String message = p.getOriginalMessage();
            message = message.length() > MAX_PARSER_MESSAGE ? message.substring(0, MAX_PARSER_MESSAGE) + "…" : message;
            return "The body is not valid JSON (" + message.replaceAll("\\s+", " ") + ").";
        }
        return cause == null ? "The request body is missing." : "The request body could not be read.";
    }

    /** The body ended in the middle of the JSON; Jackson reports that as a mismatch of whatever it was reading. */
    private static boolean truncated(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof JsonEOFException || String.valueOf(t.getMessage()).contains("end-of-input")) {
                return true;
            }
        }
        return false;
    }

    private static String path(JsonMappingException m) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String kind(Class<?> type) {
        if (type == null || JsonNode.class.isAssignableFrom(type)) {
            return "a value of another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }
}
