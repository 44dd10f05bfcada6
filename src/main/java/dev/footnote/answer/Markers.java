package dev.footnote.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one grammar of citation markers: {@code [n]} or a list {@code [n, m]}, each number of one to
 * four digits, pointing at the n-th passage (or statement) a text was written from. Everything that
 * reads, rewrites, removes or writes markers goes through here.
 */
public final class Markers {

    /** The whitespace before a marker belongs to it, so that removing "region [7]." leaves "region.". */
    private static final Pattern MARKER = Pattern.compile("(\\s*)\\[(\\d{1,4}(?:\\s*,\\s*\\d{1,4})*)\\]");

    /**
     * One marker in a text.
     *
     * @param start       where it starts, with the whitespace before it
     * @param end         just after its closing bracket
     * @param spaceBefore the whitespace before the bracket
     * @param numbers     the numbers it lists, in order
     */
    public record Marker(int start, int end, String spaceBefore, List<Integer> numbers) {

        public Marker {
            numbers = List.copyOf(numbers);
        }

        /** Where the bracket opens. */
        public int bracket() {
            return start + spaceBefore.length();
        }
    }

    private Markers() {
    }

    /** Every marker of the text, in order. */
    public static List<Marker> find(String text) {
        List<Marker> markers = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            markers.add(marker(m));
        }
        return markers;
    }

    public static boolean any(String text) {
        return MARKER.matcher(text).find();
    }

    /** The distinct numbers of every marker, in order of appearance. */
    public static Set<Integer> numbers(String text) {
        Set<Integer> numbers = new LinkedHashSet<>();
        find(text).forEach(m -> numbers.addAll(m.numbers()));
        return numbers;
    }

    /** The text with each marker (and the whitespace before it) replaced by what {@code replacement} makes of it. */
    public static String replace(String text, Function<Marker, String> replacement) {
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(marker(m))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text with every number {@code n} of its markers written as {@code renumber(n)}. */
    public static String renumber(String text, IntUnaryOperator renumber) {
        return replace(text, m -> m.spaceBefore() + render(m.numbers().stream().map(renumber::applyAsInt).toList()));
    }

    /** The text without markers, nor the whitespace before them; the rest is left as it is. */
    public static String strip(String text) {
        return replace(text, m -> "");
    }

    /** {@code [n]}. */
    public static String render(int number) {
        return "[" + number + "]";
    }

    /** {@code [n]} or {@code [n, m, …]}; nothing for no numbers. */
    public static String render(List<Integer> numbers) {
        return numbers.isEmpty() ? "" : numbers.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    private static Marker marker(Matcher m) {
        List<Integer> numbers = new ArrayList<>();
        for (String n : m.group(2).split(",")) {
            numbers.add(Integer.parseInt(n.strip()));
        }
        return new Marker(m.start(), m.end(), m.group(1), numbers);
    }

    /** The text without markers to passages outside 1..count; each distinct bad number is reported once. */
    static String withoutUnknown(String text, int count, List<String> warnings) {
        Set<Integer> reported = new LinkedHashSet<>();
        return replace(text, m -> {
            List<Integer> kept = new ArrayList<>();
            for (int n : m.numbers()) {
                if (n >= 1 && n <= count) {
                    kept.add(n);
                } else if (reported.add(n)) {
                    warnings.add("Removed citation [" + n + "]: the model was given " + count
                            + (count == 1 ? " passage" : " passages") + ", so it points at nothing.");
                }
            }
            // A marker left empty goes with the space before it, so "region [7]." becomes "region.".
            return kept.isEmpty() ? "" : m.spaceBefore() + render(kept);
        });
    }
}
