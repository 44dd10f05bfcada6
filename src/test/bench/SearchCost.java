import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * What the dense half of a hybrid search costs on a kept index (docs/scale.md): the HNSW search of the passage vectors
 * alone at k = 10, 50 and 100 (the default denseSearchDepth), and reading the stored passages it found, whole (as
 * LucenePassageIndex.search does) or only the fields a Passage needs. Query vectors are random unit vectors, like the
 * stand-in's. Prints medians over 100 queries after 30 of warm-up, in milliseconds.
 * Run from a checkout, on an index kept by scale.sh (SCALE_KEEP=1), with the server stopped:
 *   java -cp ~/.m2/repository/org/apache/lucene/lucene-core/9.12.3/lucene-core-9.12.3.jar \
 *        src/test/bench/SearchCost.java /tmp/footnote-scale-N.XXXX/index
 */
public class SearchCost {

    private static final Set<String> PASSAGE_FIELDS = Set.of("passage_id", "document_id", "ordinal", "text", "source",
            "page", "section", "context");

    public static void main(String[] args) throws Exception {
        try (FSDirectory dir = FSDirectory.open(Path.of(args[0])); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.printf("%d documents in %d segments%n", reader.numDocs(), reader.leaves().size());
            Random random = new Random(42);
            for (int k : new int[] {10, 50, 100}) {
                System.out.printf("HNSW search, k = %3d: %.1f ms%n", k, median(searcher, random, k, 0, false));
            }
            System.out.printf("k = 100, then 100 stored passages read whole: %.1f ms%n", median(searcher, random, 100, 100, false));
            System.out.printf("k = 100, then 100 stored passages, passage fields only: %.1f ms%n", median(searcher, random, 100, 100, true));
            System.out.printf("k = 100, then  50 stored passages, passage fields only: %.1f ms%n", median(searcher, random, 100, 50, true));
        }
    }

    private static double median(IndexSearcher searcher, Random random, int k, int read, boolean fieldsOnly) throws Exception {
        double[] ms = new double[100];
        for (int i = -30; i < ms.length; i++) {
            float[] v = new float[384];
            double norm = 0;
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian();
                norm += v[d] * v[d];
            }
            for (int d = 0; d < v.length; d++) {
                v[d] /= (float) Math.sqrt(norm);
            }
            long start = System.nanoTime();
            TopDocs top = searcher.search(new KnnFloatVectorQuery("vector", v, k), k);
            StoredFields stored = searcher.storedFields();
            int n = 0;
            for (ScoreDoc sd : top.scoreDocs) {
                if (n++ >= read) {
                    break;
                }
                if (fieldsOnly) {
                    stored.document(sd.doc, PASSAGE_FIELDS);
                } else {
                    stored.document(sd.doc);
                }
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
