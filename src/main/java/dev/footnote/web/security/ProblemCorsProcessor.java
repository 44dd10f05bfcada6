package dev.footnote.web.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.web.error.ErrorResponses;

/**
 * Spring's CORS checks, refusing a request from an origin that is not allowed with a problem
 * detail rather than plain text. (A browser shows the page no body of a refused cross-origin
 * response, so the same problem+json serves {@code /v1} too.)
 */
public final class ProblemCorsProcessor extends DefaultCorsProcessor {

    private final ObjectMapper json;

    public ProblemCorsProcessor(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody().write(json.writeValueAsBytes(ErrorResponses.body(null, HttpStatus.FORBIDDEN,
                "Cross-origin request refused",
                "This origin may not call this server; see footnote.web.cors.allowed-origins.", null)));
        response.flush();
    }
}
