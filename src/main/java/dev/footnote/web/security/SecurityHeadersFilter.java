package dev.footnote.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers that every response carries, set before anything else runs so that errors get them
 * too: no MIME sniffing, no referrer leaving the page, the Content-Security-Policy (which the page
 * satisfies: scripts only from its own files, no inline script or handler) and no framing by
 * other sites.
 */
public final class SecurityHeadersFilter extends OncePerRequestFilter {

    private final String contentSecurityPolicy;
    private final String referrerPolicy;

    public SecurityHeadersFilter(String contentSecurityPolicy, String referrerPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
        this.referrerPolicy = referrerPolicy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(response, contentSecurityPolicy, referrerPolicy);
        chain.doFilter(request, response);
    }

    /** Also used for the responses Tomcat writes itself, which no filter sees. */
    public static void apply(HttpServletResponse response, String contentSecurityPolicy, String referrerPolicy) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", referrerPolicy);
        response.setHeader("X-Frame-Options", "DENY");
        if (contentSecurityPolicy != null && !contentSecurityPolicy.isBlank()) {
            response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        }
    }
}
