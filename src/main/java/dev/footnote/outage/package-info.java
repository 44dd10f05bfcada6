/**
 * Outages: something Footnote depends on (the embedding server, the Solr cluster) is unreachable.
 * Thrown low (llm, index) and answered high (web: 503; the indexer: pause and retry), so these
 * exceptions live apart and depend on nothing.
 */
package dev.footnote.outage;
