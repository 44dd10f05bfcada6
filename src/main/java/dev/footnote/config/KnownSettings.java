package dev.footnote.config;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every {@code footnote.*} key the configuration records declare, read from the records themselves (so a new setting
 * is known the moment it is declared), including those of a backend or provider that is not switched on: a Solr key
 * in a Lucene start is unused, not mistyped.
 */
final class KnownSettings {

    private static final String PACKAGE = "dev.footnote.config";
    /** Farther than this from every known key, a name gets no suggestion: a guess would mislead more than help. */
    private static final int MAX_DISTANCE = 4;

    /** A declared key, with its {@link #loose} form; an open one (a map or a list) accepts any key below it. */
    record Key(String name, String loose, boolean open) {
        Key(String name, boolean open) {
            this(name, KnownSettings.loose(name), open);
        }
    }

    private final List<Key> keys;

    private KnownSettings(List<Key> keys) {
        this.keys = keys;
    }

    /** The keys of every {@code @ConfigurationProperties} record of this package. */
    static KnownSettings declared() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Key> keys = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents(PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), KnownSettings.class.getClassLoader());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            collect(annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix(), type, keys);
        }
        return new KnownSettings(List.copyOf(keys));
    }

    private static void collect(String prefix, Class<?> type, List<Key> keys) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + DataObjectPropertyName.toDashedForm(component.getName());
            Class<?> value = component.getType();
            if (value.isRecord()) {
                collect(name, value, keys);
            } else {
                boolean open = Map.class.isAssignableFrom(value) || Collection.class.isAssignableFrom(value) || value.isArray();
                keys.add(new Key(name, open));
            }
        }
    }

    /**
     * Whether {@code name} (as a command-line argument, a file or an environment variable names it) is a declared key
     * or lies under an open one. Compared the way Spring's relaxed binding reads all three: case, dots, dashes,
     * underscores and list indexes aside ({@code FOOTNOTE_LLM_API_KEY} is {@code footnote.llm.api-key}).
     */
    boolean knows(String name) {
        String loose = loose(name);
        return keys.stream().anyMatch(k -> k.open() ? loose.startsWith(k.loose()) : loose.equals(k.loose()));
    }

    /** The declared key nearest to a mistyped one, if any is near enough to be what was meant. */
    Optional<String> nearest(String name) {
        LevenshteinDistance distance = new LevenshteinDistance(MAX_DISTANCE);
        String typed = name.toLowerCase(Locale.ROOT).replace('_', '.');
        return keys.stream()
                .map(k -> Map.entry(k.name(), distance.apply(typed, k.name())))
                .filter(e -> e.getValue() >= 0)
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    private static String loose(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\[\\d+]|[._\\-\\[\\]]", "");
    }
}
