package dev.footnote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code --help} lists every command and every {@code eval --format}. */
@ExtendWith(OutputCaptureExtension.class)
class FootnoteApplicationHelpTest {

    @Test
    void helpListsEveryCommandAndFormat(CapturedOutput output) {
        FootnoteApplication.main(new String[] {"--help"});
        assertThat(output.getOut()).contains("eval --format squad|beir", "eval --format positions", "eval --format wice|wice-tokens",
                "footnote.jar bench", "footnote.jar load", "--help");
    }
}
