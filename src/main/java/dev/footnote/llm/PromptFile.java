package dev.footnote.llm;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt template read from a file, with {@code {{name}}} placeholders. Loading checks that the
 * file exists, is UTF-8, is not blank and uses exactly the expected placeholders, and names the
 * file when it does not, so that a broken prompt stops start-up instead of a request.
 */
public record PromptFile(Path path, String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");

    public static PromptFile load(Path path, Set<String> placeholders) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new PromptFileException(path, "Prompt file " + path.toAbsolutePath() + " is not valid UTF-8.", e);
        } catch (IOException e) {
            throw new PromptFileException(path, "Prompt file " + path.toAbsolutePath() + " cannot be read ("
                    + e.getClass().getSimpleName() + "); create it or point the footnote.llm.prompts.* setting at another file.", e);
        }
        if (text.isBlank()) {
            throw new PromptFileException(path, "Prompt file " + path.toAbsolutePath() + " is empty.", null);
        }
        Set<String> used = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
        for (String name : used) {
            if (!placeholders.contains(name)) {
                throw new PromptFileException(path, "Prompt file " + path.toAbsolutePath() + " uses the unknown placeholder {{"
                        + name + "}}; it may use only " + braces(placeholders) + ".", null);
            }
        }
        for (String name : placeholders) {
            if (!used.contains(name)) {
                throw new PromptFileException(path, "Prompt file " + path.toAbsolutePath() + " lacks the placeholder {{"
                        + name + "}}; it must contain " + braces(placeholders) + ".", null);
            }
        }
        return new PromptFile(path, text.strip());
    }

    /**
     * The text with each placeholder replaced by its value, in one pass: a value is never scanned
     * for placeholders itself, so a passage that contains "{{question}}" stays as written.
     */
    public String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + m.group(1) + "}} of " + path);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String braces(Set<String> names) {
        return names.isEmpty() ? "no placeholders" : String.join(", ", names.stream().map(n -> "{{" + n + "}}").toList());
    }
}
