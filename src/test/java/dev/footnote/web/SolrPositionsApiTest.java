package dev.footnote.web;

/** {@link PositionsApiTest} on the SolrCloud backend: the same tests, the same expectations. */
@FootnoteSolrServerTest
class SolrPositionsApiTest extends PositionsApiTest {
}
