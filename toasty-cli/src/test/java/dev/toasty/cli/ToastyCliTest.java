package dev.toasty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToastyCliTest {

    @Test
    void versionOption() {
        Cli.Run run = Cli.raw("--version");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("toasty 0.1.0-SNAPSHOT");
    }

    @Test
    void withoutACommandTheUsageGoesToStandardError() {
        Cli.Run run = Cli.raw();

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Usage: toasty", "generate", "migrate", "check", "Exit codes:");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"generate", "migrate", "rollback", "status", "validate", "check", "sql", "baseline",
                "repair", "resume"}) {
            Cli.Run run = Cli.raw(command, "--help");
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: toasty " + command, "--url", "--dir", "--classpath", "--models");
        }
    }
}
