package dev.footnote.web.error;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * One error, in the shape its caller speaks: an OpenAI error object under {@code /v1} (OpenAI
 * clients parse nothing else), RFC 9457 {@code application/problem+json} everywhere else. Used by
 * the advice, the error page, the servlet filters and Tomcat's error report, so that every error
 * of the server looks the same whoever produced it.
 */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    /** Whether {@code path} belongs to the OpenAI-compatible API. */
    public static boolean isOpenAi(String path) {
        return path != null && (path.equals("/v1") || path.startsWith("/v1/"));
    }

    /** The error body for {@code path}: a {@link ProblemDetail} or an {@link OpenAiError}. */
    public static Object body(String path, HttpStatusCode status, String title, String detail, String code) {
        if (isOpenAi(path)) {
            return OpenAiError.forStatus(status, detail, null, code);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (path != null) {
            problem.setInstance(URI.create(safePath(path)));
        }
        return problem;
    }

    /** {@code application/json} for an OpenAI error, {@code application/problem+json} for a problem detail. */
    public static MediaType mediaType(String path) {
        return isOpenAi(path) ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON;
    }

    /** The error as a response entity, for exception handlers and the error page. */
    public static ResponseEntity<Object> entity(String path, HttpStatusCode status, String title, String detail, String code) {
        return ResponseEntity.status(status).contentType(mediaType(path)).body(body(path, status, title, detail, code));
    }

    /** Writes the error straight to the servlet response: for filters, which run outside Spring MVC. */
    public static void write(HttpServletResponse response, ObjectMapper json, String path, HttpStatusCode status,
                             String title, String detail, String code) throws IOException {
        response.setStatus(status.value());
        response.setContentType(mediaType(path).toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body(path, status, title, detail, code));
    }

    /** The path as a relative URI reference; characters a URI cannot hold are dropped, never echoed raw. */
    public static String safePath(String path) {
        String kept = path.length() > 200 ? path.substring(0, 200) : path;
        kept = kept.replaceAll("[^A-Za-z0-9/._~%!$&'()*+,;=:@-]", "");
        try {
            URI.create(kept);
            return kept;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
