/**
 * The HTTP API: controllers, their request and response records, problem details. Depends on
 * {@code chat}, {@code positions}, {@code answer}, {@code retrieval}, {@code library} and {@code corpus} records; never on {@code index}.
 */
package dev.footnote.web;
