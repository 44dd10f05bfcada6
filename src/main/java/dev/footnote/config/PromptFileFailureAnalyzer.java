package dev.footnote.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.footnote.llm.PromptFileException;

/** Start-up stopped by a broken prompt file: say which file and what to do, instead of a bean-creation stack trace. */
class PromptFileFailureAnalyzer extends AbstractFailureAnalyzer<PromptFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PromptFileException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix " + cause.path() + ", or set footnote.llm.prompts.system / .answer / .condense (and footnote.positions.prompt) to working files, "
                        + "or run without a language model (footnote.llm.provider=none).", cause);
    }
}
