package dev.footnote.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stopped by a corpus folder that does not exist: name the setting and the path, and the two ways out. */
class MissingCorpusFolderFailureAnalyzer extends AbstractFailureAnalyzer<MissingCorpusFolderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingCorpusFolderException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set footnote.corpus.dir to the folder of your documents (e.g. --footnote.corpus.dir=/path/to/docs), "
                        + "or create " + cause.dir().toAbsolutePath() + " with --footnote.corpus.create=true.", cause);
    }
}
