package dev.footnote.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import opennlp.tools.chunker.ThreadSafeChunkerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits a text into sentences (the same boundaries as the corpus's quotes), tokens with Penn
 * Treebank tags, chunks and typed entities. Safe for concurrent use: OpenNLP's ME classes are not,
 * so each thread gets its own through OpenNLP's thread-safe wrappers, all sharing one set of models.
 */
public final class TextAnalyzer {

    private static final class Holder {
        static final TextAnalyzer ENGLISH = new TextAnalyzer(true);
    }

    /** The OpenNLP tools over the English models, read on first use (about a second) and shared. */
    private record Tools(ThreadSafeTokenizerME tokenizer, ThreadSafePOSTaggerME tagger, ThreadSafeChunkerME chunker,
                         EntityTagger entityTagger) {

        private static final class Holder {
            static final Tools ENGLISH = of(OpenNlpModels.english());
        }

        static Tools of(OpenNlpModels models) {
            // OpenNLP 2.x maps Penn tags to Universal Dependencies unless told otherwise; our rules read Penn tags.
            return new Tools(new ThreadSafeTokenizerME(models.tokenizer()),
                    new ThreadSafePOSTaggerME(models.posTagger(), POSTagFormat.PENN),
                    new ThreadSafeChunkerME(models.chunker()), new EntityTagger(WordLists.english()));
        }
    }

    /** The longest text kept by {@link #analyze}: a question or a chat message, not a document. */
    private static final int RECENT_TEXT_LENGTH = 500;
    /** Short texts lately analysed without chunks (analyses are immutable, so they are shared), least recent dropped. */
    private static final Cache<String, AnalyzedText> RECENT = Caffeine.newBuilder().maximumSize(64).build();

    private final boolean chunking;

    private TextAnalyzer(boolean chunking) {
        this.chunking = chunking;
    }

    /** The English analyser; its models are read on first use, or earlier by {@link #warmUp()}. */
    public static TextAnalyzer english() {
        return Holder.ENGLISH;
    }

    /**
     * Reads the models on a thread of its own, so that the first analysis does not wait for them. A
     * server calls it once it is up: at start-up the CPU has better things to do.
     */
    public static void warmUp() {
        Thread loader = new Thread(() -> Objects.requireNonNull(Tools.Holder.ENGLISH), "footnote-opennlp-models");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * The same analyser without the chunker: tokens, tags and entities only, with no chunks. The
     * chunker's beam search costs several times the tagger, too much for every candidate sentence of
     * every question.
     */
    public TextAnalyzer withoutChunks() {
        return chunking ? new TextAnalyzer(false) : this;
    }

    /**
     * Analyses a whole text: its sentences, and each sentence's tokens, chunks and entities. A short text analysed
     * without chunks is kept a while: a question is read by several stages of one answer (its type and verb, its
     * focus), and tagging it is what costs.
     */
    public AnalyzedText analyze(String text) {
        if (chunking || text.length() > RECENT_TEXT_LENGTH) {
            return analyzeNow(text);
        }
        return RECENT.get(text, this::analyzeNow);
    }

    private AnalyzedText analyzeNow(String text) {
        List<AnalyzedSentence> sentences = new ArrayList<>();
        for (Sentences.Span span : Sentences.split(text)) {
            sentences.add(analyzeSpan(text, span.start(), span.end()));
        }
        return new AnalyzedText(text, sentences);
    }

    /** Analyses {@code text.substring(start, end)} as one sentence; offsets stay relative to {@code text}. */
    public AnalyzedSentence analyzeSpan(String text, int start, int end) {
        Tools t = Tools.Holder.ENGLISH;
        String sentence = text.substring(start, end);
        Span[] spans = Brackets.splitOff(sentence, t.tokenizer().tokenizePos(sentence));
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(sentence).toString();
        }
        String[] tags = words.length == 0 ? new String[0] : t.tagger().tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], start + spans[i].getStart(), start + spans[i].getEnd(), tags[i]));
        }
        List<Chunk> chunks = chunking ? chunks(t, words, tags, tokens) : List.of();
        return new AnalyzedSentence(start, end, tokens, chunks, t.entityTagger().entities(text, tokens));
    }

    /**
     * The sentence with its phrases, chunked from the tokens and tags it has: what {@link #analyzeSpan} of a chunking
     * analyser gives for the same span, without tokenising and tagging it again (the chunker reads words and tags only).
     */
    public AnalyzedSentence withChunks(AnalyzedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        String[] tags = tokens.stream().map(Token::tag).toArray(String[]::new);
        return new AnalyzedSentence(sentence.start(), sentence.end(), tokens, chunks(Tools.Holder.ENGLISH, words, tags, tokens),
                sentence.entities());
    }

    private static List<Chunk> chunks(Tools t, String[] words, String[] tags, List<Token> tokens) {
        List<Chunk> chunks = new ArrayList<>();
        if (words.length > 0) {
            for (Span c : t.chunker().chunkAsSpans(words, tags)) {
                chunks.add(new Chunk(c.getType(), tokens.get(c.getStart()).start(), tokens.get(c.getEnd() - 1).end(),
                        c.getStart(), c.getEnd()));
            }
        }
        return chunks;
    }
}
