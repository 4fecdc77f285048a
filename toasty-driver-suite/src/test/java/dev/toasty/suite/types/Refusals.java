package dev.toasty.suite.types;

import dev.toasty.ValidationException;
import dev.toasty.event.StatementEvent;
import dev.toasty.suite.Recorder;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on what a refused write left behind. */
final class Refusals {

    private Refusals() {
    }

    /**
     * No statement ran: the recorder saw none, or only statements that failed with a
     * {@link ValidationException} while their values were being bound, before anything reached the database.
     */
    static void nothingRan(Recorder recorder) {
        assertThat(recorder.statements()).allSatisfy((StatementEvent e) -> assertThat(e.error())
                .as("a statement that ran: %s", e.sql()).isInstanceOf(ValidationException.class));
    }
}
