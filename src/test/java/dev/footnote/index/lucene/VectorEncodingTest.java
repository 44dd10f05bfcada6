package dev.footnote.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.CountingEmbedder;
import dev.footnote.index.EmbeddedPassage;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexFields;
import dev.footnote.index.IndexSyncReport;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.PassageVectors;
import dev.footnote.index.TextEmbedder;
import dev.footnote.llm.LangChainTextEmbedder;
import dev.footnote.text.Sentences;

/** footnote.index.vector-encoding: int8 vectors answer as float32 ones do, in a quarter of the stored bytes, and a switch rebuilds. */
class VectorEncodingTest {

    private static final PassageVectors.Encoding FLOAT32 = PassageVectors.Encoding.FLOAT32;
    private static final PassageVectors.Encoding INT8 = PassageVectors.Encoding.INT8;

    /** Questions the seed corpus answers, one or more per paragraph (as the API tests ask them). */
    private static final List<String> SEED_QUESTIONS = List.of("Who urged de-escalation in Kosovo?",
            "restraint from all sides", "Vucevic armed forces", "Who is responsible for the rising tensions?",
            "What did the European Union and the United States say about northern Kosovo?",
            "Is Serbia open to negotiations?", "What did President Vucic say about the world community?");

    private static TextEmbedder miniLm;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadModel() {
        miniLm = new LangChainTextEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(), "all-minilm-l6-v2-q");
    }

    private Path seedCorpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/kosovo-statements.txt"), corpus.resolve("kosovo-statements.txt"));
        return corpus;
    }

    private LucenePassageIndex open(String name, TextEmbedder embedder, PassageVectors.Encoding encoding) {
        return LucenePassageIndex.open(tmp.resolve(name), new FootnoteAnalyzer(), new BM25Similarity(),
                new PassageVectors(embedder, 16, true, false, encoding));
    }

    private static IndexSyncReport sync(PassageIndex index, Path corpus) {
        return new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
    }

    @Test
    void int8AnswersTheSeedQuestionsAsFloat32Does() throws IOException {
        Path corpus = seedCorpus();
        try (LucenePassageIndex float32 = open("float32", miniLm, FLOAT32); LucenePassageIndex int8 = open("int8", miniLm, INT8)) {
            sync(float32, corpus);
            sync(int8, corpus);
            assertThat(int8.passageCount()).isEqualTo(float32.passageCount()).isGreaterThan(2);
            for (String question : SEED_QUESTIONS) {
                float[] query = miniLm.embed(question);
                List<String> expected = ids(float32.nearest(query, float32.passageCount()));
                assertThat(ids(int8.nearest(query, int8.passageCount()))).as(question).isEqualTo(expected);
                // The sentence the scorer would pick from the top passage, and its similarity, are those of float32.
                String top = expected.get(0);
                float[][] exact = float32.sentenceVectors(List.of(top)).get(top);
                float[][] quantized = int8.sentenceVectors(List.of(top)).get(top);
                assertThat(quantized.length).isEqualTo(exact.length)
                        .isEqualTo(Sentences.split(int8.passage(top).orElseThrow().text()).size());
                assertThat(best(query, quantized)).as(question).isEqualTo(best(query, exact));
                for (int s = 0; s < exact.length; s++) {
                    assertThat(cosine(query, quantized[s])).as(question).isCloseTo(cosine(query, exact[s]), org.assertj.core.data.Offset.offset(0.01));
                }
            }
            assertThat(vectorFormats(int8)).containsExactly("Lucene99HnswScalarQuantizedVectorsFormat");
            assertThat(vectorFormats(float32)).containsExactly("Lucene99HnswVectorsFormat");
        }
    }

    @Test
    void int8SentenceVectorsTakeAtMostThreeTenthsOfTheFloat32Bytes() throws IOException {
        Path corpus = seedCorpus();
        try (LucenePassageIndex float32 = open("float32", miniLm, FLOAT32); LucenePassageIndex int8 = open("int8", miniLm, INT8)) {
            sync(float32, corpus);
            sync(int8, corpus);
            long floatBytes = storedSentenceBytes(float32);
            long int8Bytes = storedSentenceBytes(int8);
            assertThat(floatBytes).isGreaterThan(0);
            assertThat((double) int8Bytes / floatBytes).isLessThanOrEqualTo(0.3);
        }
    }

    @Test
    void switchingTheEncodingRebuildsTheIndexOnceAndSaysWhy() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Kestrels hover over the verge. They watch for voles.\n");
        Files.writeString(corpus.resolve("b.txt"), "Buzzards circle above the hill.\n");
        try (LucenePassageIndex index = open("index", new CountingEmbedder("m"), FLOAT32)) {
            sync(index, corpus);
        }
        ListAppender<ILoggingEvent> log = listen();
        CountingEmbedder afterSwitch = new CountingEmbedder("m");
        try (LucenePassageIndex index = open("index", afterSwitch, INT8)) {
            assertThat(index.passageCount()).as("rebuilt from nothing").isZero();
            assertThat(sync(index, corpus).added()).containsExactly("a.txt", "b.txt");
        } finally {
            stopListening(log);
        }
        assertThat(afterSwitch.embedded()).as("embedded again: nothing is reused from the discarded index").isEqualTo(2 + 3);
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("Rebuilding").contains("float32").contains("int8")
                        .contains("footnote.index.vector-encoding"));
        assertThat(commitData().get(IndexFields.VECTOR_ENCODING_KEY)).isEqualTo("int8");

        CountingEmbedder restart = new CountingEmbedder("m");
        try (LucenePassageIndex index = open("index", restart, INT8)) {
            assertThat(sync(index, corpus).modified()).as("once: the same encoding keeps the index").isFalse();
            assertThat(index.nearest(restart.embed("buzzards hill"), 1).get(0).passage().text()).startsWith("Buzzards");
        }
        assertThat(restart.embedded()).isEqualTo(1); // the query only

        try (LucenePassageIndex index = open("index", new CountingEmbedder("m"), FLOAT32)) {
            assertThat(index.passageCount()).as("and back: rebuilt again").isZero();
        }
    }

    @Test
    void anIndexOfAnOlderVersionWithoutTheKeyIsFloat32AndKept() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Kestrels hover over the verge.\n");
        String modelId;
        try (LucenePassageIndex index = open("index", new CountingEmbedder("m"), FLOAT32)) {
            sync(index, corpus);
            modelId = new PassageVectors(new CountingEmbedder("m"), 16, true, false).indexModelId();
        }
        try (var dir = FSDirectory.open(tmp.resolve("index"));
             var writer = new IndexWriter(dir, new IndexWriterConfig(new FootnoteAnalyzer()))) {
            writer.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA_VERSION,
                    IndexFields.EMBEDDING_MODEL_KEY, modelId).entrySet());
            writer.commit();
        }
        try (LucenePassageIndex index = open("index", new CountingEmbedder("m"), FLOAT32)) {
            assertThat(index.passageCount()).isEqualTo(1);
            assertThat(sync(index, corpus).modified()).isFalse();
        }
    }

    @Test
    void aReadOnlyOpenWithTheOtherEncodingNamesTheKey() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Kestrels hover over the verge.\n");
        try (LucenePassageIndex index = open("index", new CountingEmbedder("m"), INT8)) {
            sync(index, corpus);
        }
        assertThatThrownBy(() -> LucenePassageIndex.openReadOnly(tmp.resolve("index"), new FootnoteAnalyzer(), 1.2f, 0.75f,
                new PassageVectors(new CountingEmbedder("m"), 16, true, false, FLOAT32)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("footnote.index.vector-encoding is float32").hasMessageContaining("int8");
    }

    @Test
    void int8BytesAreWithinHalfAStepOfEachValueAndFloat32BytesStillRead() {
        float[][] vectors = {{0.5f, -0.25f, 0.1f, -0.0031f}, {0f, 0f, 0f, 0f}, {-1f, 0.999f, 0.3333f, 0f}};
        byte[] packed = SentenceVectorBytes.packInt8(vectors);
        assertThat(packed).hasSize(8 + 3 * (4 + 4));
        float[][] read = SentenceVectorBytes.unpack(packed, 0, packed.length);
        for (int v = 0; v < vectors.length; v++) {
            float maxAbs = 0;
            for (float x : vectors[v]) {
                maxAbs = Math.max(maxAbs, Math.abs(x));
            }
            for (int i = 0; i < vectors[v].length; i++) {
                assertThat(read[v][i]).isCloseTo(vectors[v][i], org.assertj.core.data.Offset.offset(maxAbs / 254 + 1e-7f));
            }
        }
        byte[] float32 = EmbeddedPassage.pack(vectors);
        assertThat(SentenceVectorBytes.unpack(float32, 0, float32.length)).isDeepEqualTo(vectors);
    }

    private Map<String, String> commitData() throws IOException {
        try (var dir = FSDirectory.open(tmp.resolve("index"))) {
            return SegmentInfos.readLatestCommit(dir).getUserData();
        }
    }

    private static ListAppender<ILoggingEvent> listen() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(LucenePassageIndex.class)).addAppender(appender);
        return appender;
    }

    private static void stopListening(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(LucenePassageIndex.class)).detachAppender(appender);
    }

    private static List<String> ids(List<PassageIndex.Hit> hits) {
        return hits.stream().map(h -> h.passage().id()).toList();
    }

    private static int best(float[] query, float[][] sentences) {
        int best = 0;
        for (int s = 1; s < sentences.length; s++) {
            if (cosine(query, sentences[s]) > cosine(query, sentences[best])) {
                best = s;
            }
        }
        return best;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    /** The bytes of every stored sentence-vector field, as the stored fields file holds them before compression. */
    private static long storedSentenceBytes(LucenePassageIndex index) {
        return index.withSearcher(searcher -> {
            long bytes = 0;
            var stored = searcher.storedFields();
            for (int d = 0; d < searcher.getIndexReader().maxDoc(); d++) {
                BytesRef packed = stored.document(d, Set.of(IndexFields.SENTENCE_VECTORS)).getBinaryValue(IndexFields.SENTENCE_VECTORS);
                bytes += packed == null ? 0 : packed.length;
            }
            return bytes;
        });
    }

    /** The format each segment wrote the passage vector field in (Lucene records it per field). */
    private static Set<String> vectorFormats(LucenePassageIndex index) {
        return index.withSearcher(searcher -> {
            Set<String> formats = new java.util.HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var info = leaf.reader().getFieldInfos().fieldInfo(IndexFields.VECTOR);
                formats.add(info.getAttribute(PerFieldKnnVectorsFormat.PER_FIELD_FORMAT_KEY));
            }
            return formats;
        });
    }
}
