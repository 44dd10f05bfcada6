import java.nio.file.Path;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * What merging a kept index into fewer segments costs (docs/scale.md): opens the index with the codec the server
 * writes (int8 passage vectors, as VectorCodecs), merges it down to MAX_SEGMENTS and commits (the commit data, the
 * index's schema and model, is carried), and prints the segments before and after and the seconds it took.
 * Run from a checkout on a copy of an index kept by scale.sh (SCALE_KEEP=1), with no server on it:
 *   java -cp ~/.m2/repository/org/apache/lucene/lucene-core/9.12.3/lucene-core-9.12.3.jar \
 *        src/test/bench/ForceMerge.java /tmp/copy/index 1
 */
public class ForceMerge {

    public static void main(String[] args) throws Exception {
        int maxSegments = Integer.parseInt(args[1]);
        try (FSDirectory dir = FSDirectory.open(Path.of(args[0]))) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                System.out.printf("%d documents in %d segments%n", reader.numDocs(), reader.leaves().size());
            }
            IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                    .setCodec(new Lucene912Codec() {
                        private final KnnVectorsFormat quantized = new Lucene99HnswScalarQuantizedVectorsFormat();

                        @Override
                        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                            return "vector".equals(field) ? quantized : super.getKnnVectorsFormatForField(field);
                        }
                    });
            long started = System.nanoTime();
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                writer.forceMerge(maxSegments);
                writer.commit();
            }
            System.out.printf("merged to at most %d segments in %.1f s%n", maxSegments, (System.nanoTime() - started) / 1e9);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                System.out.printf("%d documents in %d segments; commit data %s%n", reader.numDocs(), reader.leaves().size(),
                        reader.getIndexCommit().getUserData());
            }
        }
    }
}
