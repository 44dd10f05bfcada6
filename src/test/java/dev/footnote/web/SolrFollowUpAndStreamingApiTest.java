package dev.footnote.web;

/** {@link FollowUpAndStreamingApiTest} on the SolrCloud backend: the same tests, the same expectations. */
@FootnoteSolrServerTest
class SolrFollowUpAndStreamingApiTest extends FollowUpAndStreamingApiTest {
}
