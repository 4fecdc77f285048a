package dev.toasty.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ToastyCliTest {

    @Test
    void versionOption() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new ToastyCli()).setOut(new PrintWriter(out)).execute("--version");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("toasty 0.1.0-SNAPSHOT");
    }
}
