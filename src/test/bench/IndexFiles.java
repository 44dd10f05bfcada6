import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.BytesRef;

/**
 * Bytes per file type of a Lucene index's last commit, looking inside compound files (.vec float vectors, .veq
 * quantized ones, .vex the HNSW graph, .fdt stored fields), and the bytes of the stored sentence vectors.
 * Run from a checkout: java -cp ~/.m2/repository/org/apache/lucene/lucene-core/9.12.3/lucene-core-9.12.3.jar
 * src/test/bench/IndexFiles.java target/index-int8
 */
public class IndexFiles {

    public static void main(String[] args) throws Exception {
        try (Directory dir = FSDirectory.open(Path.of(args[0]))) {
            SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
            Map<String, Long> byType = new TreeMap<>();
            for (SegmentCommitInfo segment : infos) {
                boolean compound = segment.info.getUseCompoundFile();
                Directory files = compound ? segment.info.getCodec().compoundFormat().getCompoundReader(dir, segment.info, IOContext.DEFAULT) : dir;
                for (String file : compound ? files.listAll() : segment.files().toArray(String[]::new)) {
                    byType.merge(file.substring(file.lastIndexOf('.') + 1), files.fileLength(file), Long::sum);
                }
                if (compound) {
                    files.close();
                }
            }
            byType.forEach((type, bytes) -> System.out.printf("%-6s %,14d%n", type, bytes));
            System.out.printf("segments: %d%n", infos.size());
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                StoredFields stored = reader.storedFields();
                long bytes = 0;
                long vectors = 0;
                for (int d = 0; d < reader.maxDoc(); d++) {
                    BytesRef packed = stored.document(d, Set.of("sentence_vectors")).getBinaryValue("sentence_vectors");
                    if (packed != null) {
                        bytes += packed.length;
                        vectors += ByteBuffer.wrap(packed.bytes, packed.offset, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
                    }
                }
                System.out.printf("stored sentence vectors: %,d bytes, %,d vectors%n", bytes, vectors);
            }
        }
    }
}
