package dev.footnote.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stopped by a mistyped {@code footnote.*} key: name it, where it came from, and the key it is nearest to. */
class UnknownSettingsFailureAnalyzer extends AbstractFailureAnalyzer<UnknownSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnknownSettingsException cause) {
        // The message may end in a question ("did you mean footnote.corpus.dir?"), which takes no full stop after it.
        String message = cause.getMessage().endsWith("?") ? cause.getMessage() : cause.getMessage() + ".";
        return new FailureAnalysis(message + " No footnote setting has this name, so it would change nothing.",
                "Correct or remove it. Every footnote.* key is listed in README.md (Configuration) and the docs/ pages.", cause);
    }
}
