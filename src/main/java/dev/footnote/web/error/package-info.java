/**
 * Errors as callers read them: RFC 9457 problem details for the Footnote API, OpenAI error objects
 * for {@code /v1}, and the words that say which field of a JSON body is wrong. Shared by the
 * controllers' advice, the error page, the security filters and Tomcat's own error report.
 */
package dev.footnote.web.error;
