/**
 * The HTTP API: controllers, their request and response records, problem details, the error page
 * and Tomcat's error report in the same shape. Sub-packages: {@code openai} (the OpenAI-compatible
 * API), {@code error} (error bodies as each caller reads them), {@code security} (keys, limits,
 * headers, CORS). Depends on {@code chat}, {@code positions}, {@code answer}, {@code retrieval} and
 * {@code corpus} records; never on {@code index}.
 */
package dev.footnote.web;
