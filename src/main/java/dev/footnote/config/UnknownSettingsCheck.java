package dev.footnote.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Refuses to start on a {@code footnote.*} key that no setting declares, before anything is loaded. Each settings
 * record already refuses an unknown key under its own prefix; a typo in the prefix itself
 * ({@code --footnote.answr.min-evidence=0.9}) reaches no record, and would otherwise leave the default silently in
 * force. Runs after the config files (profiles included) have been read. An environment variable is only warned
 * about: a shell may export {@code FOOTNOTE_…} variables of its own (a password passed on by a script).
 */
public final class UnknownSettingsCheck implements EnvironmentPostProcessor, Ordered {

    private static final String PREFIX = "footnote.";

    private final Log log;

    public UnknownSettingsCheck(DeferredLogFactory logs) {
        this.log = logs.getLog(UnknownSettingsCheck.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        check(environment, KnownSettings.declared(), log);
    }

    static void check(ConfigurableEnvironment environment, KnownSettings known, Log log) {
        Set<String> seen = new LinkedHashSet<>();
        List<UnknownSettingsException.Unknown> unknown = new ArrayList<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> names)) {
                continue;
            }
            for (String name : names.getPropertyNames()) {
                if (!name.toLowerCase(Locale.ROOT).replace('_', '.').startsWith(PREFIX) || known.knows(name) || !seen.add(name)) {
                    continue;
                }
                var entry = new UnknownSettingsException.Unknown(name, source.getName(), known.nearest(name).orElse(null));
                if (source instanceof SystemEnvironmentPropertySource) {
                    log.warn("Unknown setting " + entry.describe() + "; it changes nothing");
                } else {
                    unknown.add(entry);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownSettingsException(unknown);
        }
    }

    @Override
    public int getOrder() {
        // After ConfigDataEnvironmentPostProcessor (which reads application.yml and config/application-*.yml).
        return Ordered.LOWEST_PRECEDENCE;
    }
}
