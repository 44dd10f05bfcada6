import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

import dev.footnote.text.Sentences;

/**
 * What the part-of-speech tagger that actor extraction runs over every sentence at indexing costs, with the stock
 * beam of 3 (what the server uses) and greedy (a beam of 1), and how many tags the greedy one changes
 * (docs/scale.md). Tags the sentences of SQuAD dev's paragraphs three times over, one thread, and prints both times
 * and the tokens and sentences whose tags differ. Run from a checkout after
 * `mvn -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/cp.txt`:
 *   java -cp target/classes:$(cat target/cp.txt) src/test/bench/TaggerBeam.java ../shared/data/squad-dev-v1.1.json
 */
public class TaggerBeam {

    public static void main(String[] args) throws Exception {
        ClassLoader resources = TaggerBeam.class.getClassLoader();
        TokenizerME tokenizer;
        POSModel model;
        try (InputStream token = resources.getResourceAsStream("en-token.bin");
             InputStream pos = resources.getResourceAsStream("en-pos-maxent.bin")) {
            tokenizer = new TokenizerME(new TokenizerModel(token));
            model = new POSModel(pos);
        }
        List<String[]> sentences = new ArrayList<>();
        int paragraphs = 0;
        for (JsonNode article : new ObjectMapper().readTree(new File(args[0])).get("data")) {
            for (JsonNode paragraph : article.get("paragraphs")) {
                String text = paragraph.get("context").asText();
                Sentences.split(text).forEach(s -> sentences.add(tokenizer.tokenize(text.substring(s.start(), s.end()))));
                paragraphs++;
            }
        }
        POSTaggerME beam = new POSTaggerME(model, POSTagFormat.PENN);
        BeamSearch greedy = new BeamSearch(1, (MaxentModel) model.getArtifact("pos.model"), 0);
        POSContextGenerator context = model.getFactory().getPOSContextGenerator(0);
        SequenceValidator<String> validator = model.getFactory().getSequenceValidator();
        System.out.printf("%d paragraphs, %d sentences%n", paragraphs, sentences.size());
        for (int round = 1; round <= 3; round++) {
            long started = System.nanoTime();
            List<String[]> stock = sentences.stream().map(beam::tag).toList();
            long stockNanos = System.nanoTime() - started;
            started = System.nanoTime();
            List<List<String>> fast = sentences.stream().map(s -> s.length == 0 ? List.<String>of()
                    : greedy.bestSequence(s, new Object[0], context, validator).getOutcomes()).toList();
            long greedyNanos = System.nanoTime() - started;
            long tokens = 0;
            long tokensDiffering = 0;
            long sentencesDiffering = 0;
            for (int i = 0; i < sentences.size(); i++) {
                boolean differs = false;
                for (int t = 0; t < stock.get(i).length; t++) {
                    tokens++;
                    if (!stock.get(i)[t].equals(fast.get(i).get(t))) {
                        tokensDiffering++;
                        differs = true;
                    }
                }
                sentencesDiffering += differs ? 1 : 0;
            }
            System.out.printf("round %d: beam of 3 %.0f ms (%.2f ms a paragraph), greedy %.0f ms (%.2f ms); "
                            + "tags differing: %d of %d tokens (%.2f%%), %d of %d sentences%n", round,
                    stockNanos / 1e6, stockNanos / 1e6 / paragraphs, greedyNanos / 1e6, greedyNanos / 1e6 / paragraphs,
                    tokensDiffering, tokens, 100.0 * tokensDiffering / tokens, sentencesDiffering, sentences.size());
        }
    }
}
