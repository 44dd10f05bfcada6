package dev.footnote.web;

/** {@link HybridSearchAndAnswersTest} on the SolrCloud backend: the same tests, the same expectations. */
@FootnoteSolrServerTest
class SolrHybridSearchAndAnswersTest extends HybridSearchAndAnswersTest {
}
