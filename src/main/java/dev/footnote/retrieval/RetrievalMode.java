package dev.footnote.retrieval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which retriever answers a search: words only, meaning only, or both fused. */
public enum RetrievalMode {
    BM25, DENSE, HYBRID;

    /** The mode's name as written in URLs and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RetrievalMode> parse(String text) {
        return Arrays.stream(values()).filter(m -> m.label().equalsIgnoreCase(text.strip())).findFirst();
    }
}
