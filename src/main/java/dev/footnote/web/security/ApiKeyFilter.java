package dev.footnote.web.security;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

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
 * API keys, when some are configured: {@code Authorization: Bearer <key>} on every request except
 * the page itself and {@code /actuator/health} (whose details it unlocks). Any key with the role
 * {@code reader} may read and ask; changing documents (any method but GET, HEAD or OPTIONS under
 * {@code /api/documents}) needs {@code editor}. A valid key makes the request's
 * {@code getUserPrincipal()} an {@link ApiKeyPrincipal} named after the key. With no keys
 * configured the filter lets everything through, as the server always did.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);
    /** The page and its assets: served to anyone, so that the page can ask for a key. */
    private static final Pattern PAGE = Pattern.compile("/|/[A-Za-z0-9._-]+\\.(html|js|css|ico|png|svg)");
    private static final String HEALTH = "/actuator/health";
    private static final String BEARER = "Bearer ";
    private static final String REALM = "Bearer realm=\"footnote\"";

    private final ApiKeys keys;
    private final ObjectMapper json;

    public ApiKeyFilter(ApiKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !keys.enabled();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Optional<ApiKey> key = presented(header).flatMap(keys::match);
        if (isPublic(path)) {
            chain.doFilter(key.map(k -> authenticated(request, k)).orElse(request), response);
            return;
        }
        if (key.isEmpty()) {
            boolean sent = header != null;
            log.debug("Refused {} {}: {}", request.getMethod(), path, sent ? "unknown API key" : "no API key");
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, sent ? REALM + ", error=\"invalid_token\"" : REALM);
            ErrorResponses.write(response, json, request.getRequestURI(), HttpStatus.UNAUTHORIZED,
                    sent ? "Invalid API key" : "API key required",
                    sent ? "The API key was not recognised; send a valid key as 'Authorization: Bearer <key>'."
                            : "This server requires an API key; send it as 'Authorization: Bearer <key>'.",
                    "invalid_api_key");
            return;
        }
        if (changesDocuments(request.getMethod(), path) && !key.get().role().includes(Role.EDITOR)) {
            log.debug("Refused {} {} to the {} key '{}'", request.getMethod(), path, key.get().role().label(), key.get().name());
            ErrorResponses.write(response, json, request.getRequestURI(), HttpStatus.FORBIDDEN, "Editor role required",
                    "The key '" + key.get().name() + "' has the role reader; adding or removing documents needs an editor key.",
                    "insufficient_permissions");
            return;
        }
        chain.doFilter(authenticated(request, key.get()), response);
    }

    private static HttpServletRequest authenticated(HttpServletRequest request, ApiKey key) {
        return new AuthenticatedRequest(request, new ApiKeyPrincipal(key.name(), key.role()));
    }

    private static Optional<String> presented(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String key = header.substring(BEARER.length()).strip();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /** The decoded, normalised path the servlet container mapped (never the raw URI, which may hide "..", "%2F"…). */
    static String path(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.isEmpty() ? "/" : path;
    }

    static boolean isPublic(String path) {
        return PAGE.matcher(path).matches() || path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }

    static boolean changesDocuments(String method, String path) {
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        String documents = RequestLimitsFilter.UPLOAD_PATH;
        return !read && (path.equals(documents) || path.startsWith(documents + "/"));
    }
}
