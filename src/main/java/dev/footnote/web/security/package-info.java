/**
 * What a server reachable beyond localhost needs, as servlet filters in front of Spring MVC:
 * security headers, request limits (body size, media type), API keys with the roles reader and
 * editor, per-client rate limits, and CORS refusals as problem details. Depends on
 * {@code web.error} only.
 */
package dev.footnote.web.security;
