import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.knn.KnnCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import dev.footnote.text.Sentences;

/**
 * How much the shape of the vectors costs an HNSW search (docs/scale.md): the scale benchmark's stand-in answers each
 * text with a random unit vector, which is the worst case for HNSW (no neighbourhoods: every point is about as far as
 * every other, so the search visits many nodes before it can stop). This program takes the sentence vectors a real
 * model wrote into indexes built by the server (the in-process all-MiniLM-L6-v2, stored as int8 per sentence), and
 * builds three indexes of the same size in the server's int8 HNSW format: those real vectors, a random unit vector per
 * sentence (the stand-in's default), and a bag-of-words vector per sentence (the sum of a fixed random vector per word,
 * the stand-in's {@code --shape words}). Each is one segment, so the figures compare one graph with another. It then
 * times k = 100 searches (the server's dense-search-depth) for 300 held-out sentences, each shape queried with its own
 * kind of vector, and counts the nodes each search visited. Prints one line per shape: median and p90 in ms, median
 * nodes visited, and the share of a query's true 10 nearest (exact search) found in the first 10.
 * Run from a checkout with the server's classes built, on indexes the server wrote with the default embedding model
 * (e.g. the SciFact and WiCE ones of the claims evaluation in docs/answers.md):
 *   java -cp target/classes:$HOME/.m2/repository/org/apache/lucene/lucene-core/9.12.3/lucene-core-9.12.3.jar \
 *        src/test/bench/VectorShapes.java INDEX_DIR [INDEX_DIR ...]
 */
public class VectorShapes {

    private static final int QUERIES = 300;
    private static final int K = 100;

    record Sentence(String text, float[] vector) {
    }

    public static void main(String[] args) throws Exception {
        List<Sentence> sentences = new ArrayList<>();
        for (String dir : args) {
            read(Path.of(dir), sentences);
        }
        java.util.Collections.shuffle(sentences, new Random(7));
        List<Sentence> queries = sentences.subList(0, QUERIES);
        List<Sentence> corpus = sentences.subList(QUERIES, sentences.size());
        System.out.printf("%d sentence vectors indexed, %d held out as queries, k = %d%n", corpus.size(), QUERIES, K);
        Map<String, float[]> words = new HashMap<>();
        Random random = new Random(11);
        search("real model", corpus.stream().map(Sentence::vector).toList(), queries.stream().map(Sentence::vector).toList());
        search("random (stand-in default)", corpus.stream().map(s -> randomUnit(random)).toList(),
                queries.stream().map(s -> randomUnit(random)).toList());
        search("bag of words (stand-in --shape words)", corpus.stream().map(s -> bagOfWords(s.text(), words)).toList(),
                queries.stream().map(s -> bagOfWords(s.text(), words)).toList());
    }

    /** Every sentence of every stored passage with the real vector the server stored for it. */
    private static void read(Path dir, List<Sentence> into) throws Exception {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document document = stored.document(doc);
                    String text = document.get("text");
                    var packed = document.getBinaryValue("sentence_vectors");
                    if (text == null || packed == null) {
                        continue;
                    }
                    float[][] vectors = unpack(packed.bytes, packed.offset, packed.length);
                    List<Sentences.Span> spans = Sentences.split(text);
                    if (spans.size() != vectors.length) {
                        continue;
                    }
                    for (int i = 0; i < vectors.length; i++) {
                        into.add(new Sentence(text.substring(spans.get(i).start(), spans.get(i).end()), normalised(vectors[i])));
                    }
                }
            }
        }
    }

    /** The server's stored layout: count, dimension (negated for int8), then per vector a scale and its bytes or floats. */
    private static float[][] unpack(byte[] bytes, int offset, int length) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN);
        int count = buffer.getInt();
        int dimension = buffer.getInt();
        float[][] vectors = new float[count][Math.abs(dimension)];
        for (float[] vector : vectors) {
            if (dimension < 0) {
                float scale = buffer.getFloat();
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = buffer.get() * scale;
                }
            } else {
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = buffer.getFloat();
                }
            }
        }
        return vectors;
    }

    private static void search(String shape, List<float[]> corpus, List<float[]> queries) throws Exception {
        Path dir = Files.createTempDirectory("vector-shapes");
        long built;
        try (FSDirectory d = FSDirectory.open(dir)) {
            long start = System.nanoTime();
            IndexWriterConfig config = new IndexWriterConfig().setCodec(new Int8Codec()).setRAMBufferSizeMB(512);
            try (IndexWriter writer = new IndexWriter(d, config)) {
                for (float[] v : corpus) {
                    Document doc = new Document();
                    doc.add(new KnnFloatVectorField("vector", v, VectorSimilarityFunction.DOT_PRODUCT));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            built = (System.nanoTime() - start) / 1_000_000;
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                double[] ms = new double[queries.size()];
                long[] visited = new long[queries.size()];
                double recall = 0;
                for (int round = 0; round < 2; round++) {   // the first round warms up
                    for (int q = 0; q < queries.size(); q++) {
                        CountingQuery query = new CountingQuery(queries.get(q));
                        long began = System.nanoTime();
                        TopDocs top = searcher.search(query, K);
                        ms[q] = (System.nanoTime() - began) / 1e6;
                        visited[q] = query.visited;
                        if (round == 1 && q < 100) {
                            recall += recallAt10(top, corpus, queries.get(q));
                        }
                    }
                }
                Arrays.sort(ms);
                Arrays.sort(visited);
                System.out.printf(Locale.ROOT, "%-40s built in %5.1f s | k=%d search p50 %5.2f ms, p90 %5.2f ms | nodes visited p50 %6d | recall@10 %.3f%n",
                        shape, built / 1000.0, K, ms[ms.length / 2], ms[ms.length * 9 / 10], visited[visited.length / 2], recall / 100);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The share of the exact 10 nearest (by dot product) that the approximate search put in its first 10. */
    private static double recallAt10(TopDocs top, List<float[]> corpus, float[] query) {
        Integer[] order = new Integer[corpus.size()];
        double[] dots = new double[corpus.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            dots[i] = dot(corpus.get(i), query);
        }
        Arrays.sort(order, (a, b) -> Double.compare(dots[b], dots[a]));
        java.util.Set<Integer> exact = new java.util.HashSet<>(Arrays.asList(order).subList(0, 10));
        int found = 0;
        for (int i = 0; i < Math.min(10, top.scoreDocs.length); i++) {
            found += exact.contains(top.scoreDocs[i].doc) ? 1 : 0;
        }
        return found / 10.0;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static float[] randomUnit(Random random) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return normalised(v);
    }

    /** As the stand-in's words shape: a fixed random vector per lower-cased word, summed over the text's words. */
    private static float[] bagOfWords(String text, Map<String, float[]> words) {
        float[] sum = new float[384];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            float[] w = words.computeIfAbsent(word, k -> randomUnit(new Random(k.hashCode())));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += w[i];
            }
        }
        return normalised(sum);
    }

    private static float[] normalised(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        if (norm == 0) {
            out[0] = 1;
        }
        return out;
    }

    /** A k-NN query that adds up the nodes its per-segment searches visited (Lucene reports them as total hits). */
    static final class CountingQuery extends KnnFloatVectorQuery {

        long visited;

        CountingQuery(float[] target) {
            super("vector", target, K);
        }

        @Override
        protected TopDocs approximateSearch(LeafReaderContext context, Bits acceptDocs, int visitedLimit,
                                            KnnCollectorManager manager) throws java.io.IOException {
            TopDocs top = super.approximateSearch(context, acceptDocs, visitedLimit, manager);
            visited += top.totalHits.value;
            return top;
        }
    }

    /** The server's int8 codec (VectorCodecs): Lucene's scalar-quantized HNSW for the vector field. */
    static final class Int8Codec extends Lucene912Codec {

        private final KnnVectorsFormat quantized = new Lucene99HnswScalarQuantizedVectorsFormat();

        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return quantized;
        }
    }
}
