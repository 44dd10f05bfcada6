package dev.footnote.web;

import java.util.List;

/**
 * The body of {@code POST /api/check}.
 *
 * @param text        the text to check (a draft, a report, another tool's answer)
 * @param documentIds only these documents count as evidence; absent or empty for the whole corpus
 */
record CheckRequest(String text, List<String> documentIds) {
}
