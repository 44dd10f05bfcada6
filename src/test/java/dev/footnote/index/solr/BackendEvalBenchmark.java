package dev.footnote.index.solr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.footnote.FootnoteApplication;
import dev.footnote.eval.EvalCommand;

/**
 * The same {@code eval} on both index backends, one after the other in one JVM (same machine, same
 * load, same run): first the on-disk Lucene index, then a 2-shard x 2-replica collection on an
 * in-JVM two-node SolrCloud. Each writes its own report; compare their nDCG@10 and latency. Not a
 * test; run with
 * <pre>MAVEN_OPTS=-Xmx3g mvn -q -B -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.footnote.index.solr.BackendEvalBenchmark \
 *   -Dexec.args="--format beir --path ../shared/data/scifact --out target/eval-scifact --footnote.retrieval.sentence-vectors=false"</pre>
 * ({@code --out} is a prefix: {@code -lucene.json} and {@code -solr.json} are appended;
 * {@code -Dbackends=solr} runs the Solr half only).
 */
public final class BackendEvalBenchmark {

    private BackendEvalBenchmark() {
    }

    public static void main(String[] args) {
        List<String> common = new ArrayList<>(Arrays.asList(args));
        int out = common.indexOf("--out");
        if (out < 0 || out + 1 >= common.size()) {
            throw new IllegalArgumentException("usage: --format beir|squad --path <data> --out <report prefix> [--footnote.x=y ...]");
        }
        String prefix = common.remove(out + 1);
        common.remove(out);

        boolean both = !"solr".equals(System.getProperty("backends"));
        List<String> lucene = new ArrayList<>(common);
        lucene.addAll(List.of("--out", prefix + "-lucene.json", "--footnote.index.backend=lucene"));
        int luceneExit = both ? EvalCommand.run(FootnoteApplication.class, lucene.toArray(String[]::new)) : 0;
        if (luceneExit != 0) {
            System.exit(luceneExit);
        }

        SolrTestCluster cloud = SolrTestCluster.shared();
        List<String> solr = new ArrayList<>(common);
        solr.addAll(List.of("--out", prefix + "-solr.json", "--footnote.index.backend=solr",
                "--footnote.solr.zk-host=" + cloud.zkHost(), "--footnote.solr.collection=eval-" + System.currentTimeMillis(),
                "--footnote.solr.shards=2", "--footnote.solr.replicas=2"));
        int solrExit = EvalCommand.run(FootnoteApplication.class, solr.toArray(String[]::new));
        System.exit(solrExit);
    }
}
