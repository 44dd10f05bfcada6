import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;

import dev.footnote.index.Bm25Queries;
import dev.footnote.index.FootnoteAnalyzer;

/**
 * What the BM25 half of a search costs on a kept index alone (docs/scale.md): the benchmark's 20 questions, analysed
 * and queried as the server does (every term in the text and, at 0.3, in the source line, heading and context), for
 * the 50 best, on the segments one after another and spread over two threads as the server does. Prints median and
 * p90 in milliseconds over 10 rounds after 1 of warm-up, three times over, so that the JIT's progress shows.
 * Run from a checkout after `mvn -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/cp.txt`,
 * with the server stopped, on a folder kept by scale.sh (SCALE_KEEP=1):
 *   java -cp target/classes:$(cat target/cp.txt) src/test/bench/Bm25Cost.java KEPT_FOLDER/index KEPT_FOLDER/questions.json
 */
public class Bm25Cost {

    public static void main(String[] args) throws Exception {
        List<List<String>> questions = terms(Files.readString(Path.of(args[1])));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (FSDirectory dir = FSDirectory.open(Path.of(args[0])); DirectoryReader reader = DirectoryReader.open(dir)) {
            System.out.printf("%d segments, %d documents, %d questions%n", reader.leaves().size(), reader.numDocs(), questions.size());
            for (int round = 0; round < 3; round++) {
                time("one after another", new IndexSearcher(reader), questions);
                time("two threads", new IndexSearcher(reader, threads), questions);
            }
        } finally {
            threads.shutdown();
        }
    }

    private static void time(String how, IndexSearcher searcher, List<List<String>> questions) throws Exception {
        searcher.setSimilarity(new BM25Similarity(1.2f, 0.75f));
        long[] nanos = new long[questions.size() * 10];
        int n = 0;
        for (int rep = 0; rep < 11; rep++) {
            for (List<String> terms : questions) {
                Query query = Bm25Queries.of(terms, 0.3f);
                long start = System.nanoTime();
                searcher.search(query, 50);
                if (rep > 0) {
                    nanos[n++] = System.nanoTime() - start;
                }
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%-18s p50 %.2f ms, p90 %.2f ms%n", how, nanos[n / 2] / 1e6, nanos[n * 9 / 10] / 1e6);
    }

    /** The questions of scale_load.py's questions.json, each as its distinct analysed terms. */
    private static List<List<String>> terms(String json) throws Exception {
        String list = json.substring(json.indexOf("\"questions\""), json.indexOf(']', json.indexOf("\"questions\"")));
        Matcher quoted = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(list.substring(list.indexOf('[')));
        List<List<String>> questions = new ArrayList<>();
        try (FootnoteAnalyzer analyzer = new FootnoteAnalyzer()) {
            while (quoted.find()) {
                List<String> terms = new ArrayList<>();
                try (TokenStream tokens = analyzer.tokenStream("text", quoted.group(1))) {
                    CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                    tokens.reset();
                    while (tokens.incrementToken()) {
                        if (!terms.contains(term.toString())) {
                            terms.add(term.toString());
                        }
                    }
                    tokens.end();
                }
                questions.add(terms);
            }
        }
        return questions;
    }
}
