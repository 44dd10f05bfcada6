package dev.footnote.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.web.error.ErrorResponses;
import dev.footnote.web.security.SecurityHeadersFilter;

/**
 * Tomcat's last word on an error that never reached the application (a request line or header
 * too large, a method no servlet implements such as {@code CONNECT}): a problem detail, or an
 * OpenAI error under {@code /v1}, with the security headers, instead of Tomcat's HTML page.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    private final ObjectMapper json;
    private final String contentSecurityPolicy;
    private final String referrerPolicy;

    public ProblemErrorReportValve(ObjectMapper json, String contentSecurityPolicy, String referrerPolicy) {
        this.json = json;
        this.contentSecurityPolicy = contentSecurityPolicy;
        this.referrerPolicy = referrerPolicy;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String path = request.getRequestURI();
        try {
            response.setContentType(ErrorResponses.mediaType(path).toString());
            response.setCharacterEncoding("UTF-8");
            SecurityHeadersFilter.apply(response, contentSecurityPolicy, referrerPolicy);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(ErrorResponses.body(path, code, title, detail(status), null)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response already started; nothing more can be said.
        }
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its request line or headers are malformed or too large.";
            case 501 -> "This HTTP method is not supported.";
            case 505 -> "This HTTP version is not supported.";
            default -> "The server could not serve this request.";
        };
    }
}
