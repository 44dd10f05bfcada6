package dev.footnote.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.web.error.ErrorResponses;

/**
 * Refuses what no endpoint can read before any of it is parsed: a body over the size limit (413,
 * at once when its Content-Length says so, otherwise as soon as the limit is passed while reading)
 * and a Content-Type that is no media type or a wildcard such as {@code *}{@code /*} (415).
 * Document uploads (multipart {@code POST /api/documents}) are left to their own per-file limit
 * ({@code footnote.corpus.max-file-size} through {@code spring.servlet.multipart.*}).
 */
public final class RequestLimitsFilter extends OncePerRequestFilter {

    /** Where documents are uploaded (DocumentsController). */
    static final String UPLOAD_PATH = "/api/documents";

    private final long maxBodyBytes;
    private final ObjectMapper json;

    public RequestLimitsFilter(long maxBodyBytes, ObjectMapper json) {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("footnote.web.max-body-size must be positive, was " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
        this.json = json;
    }

    /**
     * A document upload: its files have their own, larger limit ({@code footnote.corpus.max-file-size},
     * 413 per file). Multipart to any other path is refused (415).
     */
    private static boolean isUpload(HttpServletRequest request, MediaType mediaType) {
        return mediaType != null && MediaType.MULTIPART_FORM_DATA.includes(mediaType)
                && "POST".equals(request.getMethod())
                && UPLOAD_PATH.equals(ApiKeyFilter.path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        String contentType = request.getContentType();
        MediaType mediaType = null;
        if (contentType != null) {
            try {
                mediaType = MediaType.parseMediaType(contentType);
            } catch (InvalidMediaTypeException e) {
                mediaType = null;
            }
            if (mediaType == null || mediaType.isWildcardType() || mediaType.isWildcardSubtype()) {
                ErrorResponses.write(response, json, path, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                        "The Content-Type must name one media type, such as application/json.", null);
                return;
            }
        }
        if (isUpload(request, mediaType)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            // Say no without reading the body, and close so the client does not have to send it all.
            response.setHeader("Connection", "close");
            ErrorResponses.write(response, json, path, HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
                    new BodyTooLargeException(maxBodyBytes).getMessage(), "request_too_large");
            return;
        }
        if (mediaType != null && MediaType.MULTIPART_FORM_DATA.includes(mediaType)) {
            // No other endpoint takes multipart; Tomcat would parse (and spool to disk) a chunked one before
            // any limit of ours could see its size.
            ErrorResponses.write(response, json, path, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "multipart/form-data is accepted only by POST " + UPLOAD_PATH + " (document uploads).", null);
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, maxBodyBytes), response);
    }
}
