package dev.footnote.eval;

/**
 * A range of SQuAD articles by their 1-based position in the file, written {@code 25-48} (or {@code 7}).
 * The split: articles 1–24 tune, 25–48 report.
 */
record ArticleRange(int from, int to) {

    ArticleRange {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("an article range is 'from-to' with 1 <= from <= to, was " + from + "-" + to);
        }
    }

    static ArticleRange parse(String text) {
        try {
            String[] parts = text.strip().split("-", 2);
            int from = Integer.parseInt(parts[0].strip());
            return new ArticleRange(from, parts.length == 1 ? from : Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an article range is 'from-to' such as 25-48, was '" + text + "'");
        }
    }

    /** Whether the 1-based article number lies in the range. */
    boolean contains(int article) {
        return article >= from && article <= to;
    }

    boolean overlaps(ArticleRange other) {
        return from <= other.to && other.from <= to;
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
