package dev.footnote.web;

/** {@link ChatApiTest} on the SolrCloud backend: the same tests, the same expectations. */
@FootnoteSolrServerTest
class SolrChatApiTest extends ChatApiTest {
}
