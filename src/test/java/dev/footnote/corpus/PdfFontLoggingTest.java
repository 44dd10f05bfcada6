package dev.footnote.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * PDFBox's "Using fallback font" warning, logged once per page while indexing, is quiet under the
 * application's logging configuration (application.yml); its errors still show.
 */
@SpringBootTest(classes = PdfFontLoggingTest.Empty.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class PdfFontLoggingTest {

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Test
    void theFallbackFontWarningIsQuietAndErrorsStillShow(CapturedOutput output) {
        // The logger PDFBox itself writes the warning to (commons-logging, by class).
        var log = LogFactory.getLog(PDType1Font.class);
        log.warn("Using fallback font LiberationSans for Helvetica");
        log.error("A font error that still shows");
        assertThat(output.getOut() + output.getErr()).doesNotContain("Using fallback font").contains("A font error that still shows");
    }
}
