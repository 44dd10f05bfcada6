package dev.footnote.web.security;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.web.error.ErrorResponses;

/**
 * Requests per minute under {@code /api} and {@code /v1}, counted per API key when keys are on and
 * per client address when the server is open; over the limit, 429 with {@code Retry-After}.
 * Runs after {@link ApiKeyFilter}, so that the key is known.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final RateLimiter limiter;
    private final ObjectMapper json;

    public RateLimitFilter(RateLimiter limiter, ObjectMapper json) {
        this.limiter = limiter;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = ApiKeyFilter.path(request);
        return !(path.startsWith("/api/") || path.startsWith("/v1/") || path.equals("/v1"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Principal principal = request.getUserPrincipal();
        String client = principal != null ? "key:" + principal.getName() : "address:" + request.getRemoteAddr();
        RateLimiter.Decision decision = limiter.acquire(client);
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        log.debug("Rate limit reached for {}", client);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        ErrorResponses.write(response, json, request.getRequestURI(), HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "The limit is " + limiter.requestsPerMinute() + " requests per minute; retry in "
                        + decision.retryAfterSeconds() + " s.", "rate_limit_exceeded");
    }
}
