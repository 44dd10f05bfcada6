package dev.footnote.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import dev.footnote.FootnoteApplication;

/**
 * A mistyped group of a setting ({@code footnote.answr.min-evidence}) reaches no settings record, so before this check
 * the server started with the default in force and said nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnknownSettingsCheckTest {

    private final Log log = mock(Log.class);

    private static StandardEnvironment environment(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return environment;
    }

    @Test
    void aTypoInTheGroupOfASettingIsRefusedNamingWhereItCameFromAndTheKeyItIsNearest() {
        StandardEnvironment environment = environment("--footnote.answr.min-evidence=0.9");

        assertThatThrownBy(() -> UnknownSettingsCheck.check(environment, KnownSettings.declared(), log))
                .isInstanceOfSatisfying(UnknownSettingsException.class, e -> {
                    FailureAnalysis analysis = new UnknownSettingsFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("footnote.answr.min-evidence (commandLineArgs)")
                            .contains("did you mean footnote.answer.min-evidence?");
                    assertThat(analysis.getAction()).contains("README.md");
                });
    }

    @Test
    void aKeyFarFromEveryDeclaredOneGetsNoGuess() {
        StandardEnvironment environment = environment("--footnote.banana=1");

        assertThatThrownBy(() -> UnknownSettingsCheck.check(environment, KnownSettings.declared(), log))
                .hasMessage("Unknown setting footnote.banana (commandLineArgs)");
    }

    @Test
    void declaredKeysPassInEverySpellingIncludingThoseOfABackendThatIsOffAndListEntries() {
        StandardEnvironment environment = environment("--footnote.answer.min-evidence=0.4", "--footnote.solr.zk-host=zk:2181",
                "--footnote.security.api-keys[0].name=ci", "--footnote.web.cors.allowed-origins[1]=https://a.example",
                "--footnote.security.rate-limit.requests-per-minute=5", "--logging.level.dev.footnote=DEBUG");
        environment.getPropertySources().addLast(new MapPropertySource("config/application-openai.yml",
                Map.of("footnote.llm.base-url", "http://127.0.0.1:1/v1", "footnote.retrieval.bm25K1", "1.1")));
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("FOOTNOTE_LLM_API_KEY", "sk-test", "FOOTNOTE_CORPUS_DIR", "/docs")));

        assertThatCode(() -> UnknownSettingsCheck.check(environment, KnownSettings.declared(), log)).doesNotThrowAnyException();
    }

    @Test
    void anUnknownEnvironmentVariableIsOnlyWarnedAboutSinceAShellMayExportItsOwn() {
        StandardEnvironment environment = environment();
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("FOOTNOTE_DB_PASSWORD", "secret", "FOOTNOTE_ANSWR_MIN_EVIDENCE", "0.9")));

        assertThatCode(() -> UnknownSettingsCheck.check(environment, KnownSettings.declared(), log)).doesNotThrowAnyException();
        verify(log).warn(contains("FOOTNOTE_DB_PASSWORD"));
        verify(log).warn(contains("FOOTNOTE_ANSWR_MIN_EVIDENCE (systemEnvironment): did you mean footnote.answer.min-evidence?"));
    }

    @Test
    void theServerStopsBeforeLoadingAnythingAndPrintsTheAnalysis(CapturedOutput output) {
        SpringApplication application = new SpringApplication(FootnoteApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--footnote.corpus.dri=/tmp/docs")).isInstanceOf(UnknownSettingsException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("did you mean footnote.corpus.dir? No footnote setting has this name");
    }
}
