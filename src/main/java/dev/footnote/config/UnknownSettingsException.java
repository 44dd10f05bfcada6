package dev.footnote.config;

import java.util.List;
import java.util.stream.Collectors;

/** Start-up stopped by {@code footnote.*} keys no setting declares. */
final class UnknownSettingsException extends RuntimeException {

    /**
     * @param name       the key as it was given
     * @param source     where it was given (command line, a config file, the environment)
     * @param suggestion the declared key nearest to it, or null when none is near
     */
    record Unknown(String name, String source, String suggestion) {
        String describe() {
            return name + " (" + source + ")" + (suggestion == null ? "" : ": did you mean " + suggestion + "?");
        }
    }

    UnknownSettingsException(List<Unknown> unknown) {
        super("Unknown setting" + (unknown.size() > 1 ? "s " : " ")
                + unknown.stream().map(Unknown::describe).collect(Collectors.joining("; ")));
    }
}
