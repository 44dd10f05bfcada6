package dev.footnote.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.footnote.corpus.Passage;
import dev.footnote.retrieval.PassageCatalog;

/**
 * Example questions for an empty chat, drawn from the loaded corpus rather than written in
 * advance: the names mentioned in the most passages (runs of capitalised words, as the rule-based
 * condenser finds them) each become a question. Recomputed when the index changes.
 */
public final class ExampleQuestions {

    /** One question per topic, in turn; neutral so that they fit a person, a place or an organisation. */
    private static final List<String> TEMPLATES = List.of("What does the corpus say about %s?",
            "Who commented on %s?", "What was said about %s?");

    /** Last words of names that English gives an article: "the European Union", "the United States". */
    private static final Set<String> TAKES_THE = Set.of("union", "states", "nations", "kingdom", "republic", "council",
            "commission", "ministry", "government", "assembly", "parliament", "army", "police", "office", "department",
            "court", "bank", "organization", "organisation", "alliance", "committee", "agency", "forces");

    private final PassageCatalog catalog;
    private final int count;
    private long version = Long.MIN_VALUE;
    private List<Example> cached = List.of();

    public ExampleQuestions(PassageCatalog catalog, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        this.catalog = catalog;
        this.count = count;
    }

    /** A question, the name it is about, and in how many passages that name occurs. */
    public record Example(String question, String topic, int passages) {
    }

    public synchronized List<Example> examples() {
        long current = catalog.version();
        if (current != version) {
            cached = compute(catalog.allPassages());
            version = current;
        }
        return cached;
    }

    private List<Example> compute(List<Passage> passages) {
        Map<String, Integer> passagesPerName = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (Passage passage : passages) {
            Set<String> seen = new HashSet<>();
            for (String name : RuleBasedCondenser.entities(passage.text())) {
                String key = name.toLowerCase(Locale.ROOT);
                if (seen.add(key)) {
                    passagesPerName.merge(key, 1, Integer::sum);
                    spelling.putIfAbsent(key, name);
                }
            }
        }
        // Most passages first; then longer names (more specific), then alphabetically, so the choice is stable.
        List<String> ranked = passagesPerName.keySet().stream()
                .sorted(Comparator.comparing((String k) -> -passagesPerName.get(k))
                        .thenComparing(k -> -k.length())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<Example> examples = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        for (String key : ranked) {
            if (examples.size() >= count) {
                break;
            }
            // "Kosovo" and "Kosovo Serbs" would make two near-identical questions: keep the first ranked.
            if (chosen.stream().anyMatch(c -> c.contains(key) || key.contains(c))) {
                continue;
            }
            chosen.add(key);
            String name = spelling.get(key);
            examples.add(new Example(TEMPLATES.get(examples.size() % TEMPLATES.size()).formatted(withArticle(name)), name,
                    passagesPerName.get(key)));
        }
        return List.copyOf(examples);
    }

    static String withArticle(String name) {
        String[] words = name.split("\\s+");
        return words.length > 1 && TAKES_THE.contains(words[words.length - 1].toLowerCase(Locale.ROOT)) ? "the " + name : name;
    }
}
