package dev.footnote.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and headers of the HTTP API.
 *
 * @param maxBodySize           a larger request body is refused with 413 (multipart uploads: spring.servlet.multipart.*)
 * @param contentSecurityPolicy the Content-Security-Policy header on every response; empty sends none
 * @param referrerPolicy        the Referrer-Policy header on every response
 * @param cors                  which other origins' pages may call /api and /v1 from a browser
 */
@ConfigurationProperties(prefix = "footnote.web")
public record WebProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
        String contentSecurityPolicy,
        @DefaultValue("no-referrer") String referrerPolicy,
        @DefaultValue Cors cors) {

    /**
     * CORS for browser front ends on other origins.
     *
     * @param allowedOrigins origins allowed to call /api and /v1 (e.g. https://chat.example.org); none by default
     * @param allowedHeaders request headers they may send; * allows any (OpenAI SDKs send several of their own)
     * @param maxAge         how long a browser may cache a preflight answer
     */
    public record Cors(@DefaultValue List<String> allowedOrigins, @DefaultValue("*") List<String> allowedHeaders,
                       @DefaultValue("1h") Duration maxAge) {
    }
}
