package dev.footnote.index.solr;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;

import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageIndex.TermStats;

/**
 * Counts that every answer asks for many times (term weights need the passage count and each
 * term's document frequency): one Solr round trip each would dominate the answer's time. Kept for a while
 * ({@link SolrSettings#statsTtl()}) and dropped by every write of this process.
 */
final class SolrStats {

    private final SolrReader reader;
    private final SolrRecords records;
    private final long statsTtlNanos;
    /** Bumped by every write of this process, so cached statistics never outlive it. */
    private final AtomicLong writes = new AtomicLong();
    private volatile Stats stats;

    private record Stats(long takenNanos, long writes, int passageCount, int documentCount, long version,
                         ConcurrentMap<String, Integer> docFreqs) {
    }

    SolrStats(SolrReader reader, SolrRecords records, long statsTtlNanos) {
        this.reader = reader;
        this.records = records;
        this.statsTtlNanos = statsTtlNanos;
    }

    /** A write ended (done or not): what was counted before may be out of date. */
    void written() {
        writes.incrementAndGet();
    }

    int documentCount() {
        return stats().documentCount();
    }

    int passageCount() {
        return stats().passageCount();
    }

    long version() {
        return stats().version();
    }

    TermStats termStats(String term) {
        Stats current = stats();
        int docFreq = current.docFreqs().computeIfAbsent(term, t -> {
            SolrQuery q = SolrQueries.current(SolrQueries.term(IndexFields.TEXT, t));
            q.setRows(0);
            return (int) reader.query(q).getResults().getNumFound();
        });
        return new TermStats(docFreq, current.passageCount());
    }

    private Stats stats() {
        Stats current = stats;
        long now = System.nanoTime();
        if (current == null || current.writes() != writes.get() || now - current.takenNanos() > statsTtlNanos) {
            long writesNow = writes.get();
            current = new Stats(now, writesNow, countPassages(), records.countDocuments(), readVersion(), new ConcurrentHashMap<>());
            stats = current;
        }
        return current;
    }

    private long readVersion() {
        SolrQuery q = new SolrQuery(SolrFields.DOC_TYPE + ":" + SolrFields.FILE);
        q.setFields("_version_");
        q.setSort("_version_", SolrQuery.ORDER.desc);
        q.setRows(1);
        QueryResponse response = reader.query(q);
        long newest = response.getResults().isEmpty() ? 0 : ((Number) response.getResults().get(0).getFieldValue("_version_")).longValue();
        // A deletion lowers the count without a newer record; together they change on every write.
        return newest * 31 + response.getResults().getNumFound();
    }

    private int countPassages() {
        SolrQuery q = SolrQueries.current("*:*");
        q.setRows(0);
        return (int) reader.query(q).getResults().getNumFound();
    }
}
