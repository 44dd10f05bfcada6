package dev.footnote.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The stock OpenNLP 1.5 English models, read once from the class path (the
 * {@code edu.washington.cs.knowitall:opennlp-*-models:1.5} jars). Models are immutable and safe to
 * share between threads; the taggers that use them are not, see {@link TextAnalyzer}.
 */
record OpenNlpModels(TokenizerModel tokenizer, POSModel posTagger, ChunkerModel chunker) {

    private static final class Holder {
        static final OpenNlpModels ENGLISH = load();
    }

    /** The English models, loaded on first use (about a second) and kept for the life of the JVM. */
    static OpenNlpModels english() {
        return Holder.ENGLISH;
    }

    private static OpenNlpModels load() {
        try (InputStream token = open("en-token.bin");
             InputStream pos = open("en-pos-maxent.bin");
             InputStream chunk = open("en-chunker.bin")) {
            return new OpenNlpModels(new TokenizerModel(token), new POSModel(pos), new ChunkerModel(chunk));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP English models", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
        }
        return in;
    }
}
