package dev.footnote.answer.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, with their values, whichever way they are written: digits with separators and decimals
 * ("1,200", "412.6"), a scale after them ("412.6 million"), digits glued to a noun ("48-bed"), and numbers in words
 * up to the millions ("fourteen", "forty-eight", "two hundred"). "14" and "fourteen" are then the same number, and
 * "41" is not "14".
 */
public final class Numbers {

    /**
     * A number as the text writes it and the value it states; a decade or a century states a range ("the 1600s" is
     * 1600 to 1699, "the 15th century" 1400 to 1499), whose least value is {@code value} and greatest {@code upTo}.
     */
    public record Found(int start, int end, double value, double upTo) {

        public Found(int start, int end, double value) {
            this(start, end, value, value);
        }

        /** Whether a stated value is this number, or lies in its range ("1642" in "the 1600s"). */
        public boolean holds(double stated) {
            return same(stated, value) || upTo > value && stated >= value && stated <= upTo;
        }
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);

    /**
     * Digits with thousands separators and decimals, then a scale word ("412.6 million"), a decade's "s" ("1990s",
     * "1600's") or an ordinal's ending, perhaps of a century ("15th", "15th century"): the whole is one number, so that
     * "1600s" is no name of letters and digits.
     */
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:\\s+(hundred|thousand|million|billion|trillion)\\b"
                    + "|(?<decade>'?s)\\b|(?:st|nd|rd|th)\\b(?<century>\\s+centur(?:y|ies)\\b)?)?",
            Pattern.CASE_INSENSITIVE);
    /** A run of number words ("forty-eight", "two hundred and ten"); its value is worked out word by word. */
    private static final Pattern WORDS = Pattern.compile(
            "\\b(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                    + "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|"
                    + "hundred|thousand|million|billion|trillion)(?:[\\s-]+(?:and[\\s-]+)?)?)+\\b",
            Pattern.CASE_INSENSITIVE);

    private Numbers() {
    }

    /** Every number of the text, in order. */
    public static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            double value = Double.parseDouble(digits.group(1).replace(",", "")
                    + (digits.group(2) == null ? "" : "." + digits.group(2)));
            if (digits.group(3) != null) {
                value *= SCALES.get(digits.group(3).toLowerCase(Locale.ROOT));
            }
            value = yearAfterDash(text, digits, value);
            found.add(range(digits, value));
        }
        Matcher words = WORDS.matcher(text);
        while (words.find()) {
            String run = words.group().strip();
            // "one" alone is more often a pronoun ("one of the…") than a count; "a dozen" and "one hundred" are numbers.
            if (run.equalsIgnoreCase("one") || overlaps(found, words.start(), words.end())) {
                continue;
            }
            Double value = value(run);
            if (value != null) {
                int end = words.start() + words.group().stripTrailing().length();
                found.add(new Found(words.start(), end, value));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** A year and the two digits after its dash: "2018–19" and "1914-18" end in 2019 and 1918, not in 19 and 18. */
    private static final Pattern YEAR_DASH = Pattern.compile("(?<!\\d)(\\d{4})[-\u2013/]$");

    /** The full year of the two digits that end a span of years, else the value as read. */
    private static double yearAfterDash(String text, Matcher digits, double value) {
        if (digits.group(1).length() != 2 || digits.group(2) != null || digits.end() != digits.end(1)) {
            return value;
        }
        Matcher year = YEAR_DASH.matcher(text.substring(Math.max(0, digits.start() - 5), digits.start()));
        if (!year.find()) {
            return value;
        }
        int first = Integer.parseInt(year.group(1));
        int full = first / 100 * 100 + (int) value;
        return full < first ? full + 100 : full;
    }

    /** The number the digits state: a point, or the years of a decade or century. */
    private static Found range(Matcher digits, double value) {
        if (digits.group("century") != null && value >= 1) {
            return new Found(digits.start(), digits.end(), (value - 1) * 100, (value - 1) * 100 + 99);
        }
        if (digits.group("decade") != null && value >= 10 && value % 10 == 0) {
            // "the 1600s" is the century's years, "the 1990s" the decade's.
            double width = value % 100 == 0 ? 100 : 10;
            return new Found(digits.start(), digits.end(), value, value + width - 1);
        }
        return new Found(digits.start(), digits.end(), value);
    }

    /** The value of a run of number words, or {@code null} if it is no number ("and" alone). */
    private static Double value(String run) {
        double total = 0;
        double current = 0;
        boolean any = false;
        for (String word : run.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (UNITS.containsKey(word)) {
                current += UNITS.get(word);
                any = true;
            } else if (word.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
                any = true;
            } else if (SCALES.containsKey(word)) {
                total += (current == 0 ? 1 : current) * SCALES.get(word);
                current = 0;
                any = true;
            }
        }
        return any ? total + current : null;
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        return found.stream().anyMatch(f -> f.start() < end && start < f.end());
    }

    /** Whether two values are the same number (412.6 million and 412,600,000). */
    public static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
