package dev.toasty.suite.types;

import dev.toasty.suite.Backend;

import java.time.temporal.ChronoUnit;

/**
 * The finest unit each backend keeps for instants, date-times and times of day, as docs/types.md documents
 * it: PostgreSQL ({@code timestamptz}, {@code time}) and MySQL ({@code datetime(6)}, {@code time(6)}) keep
 * microseconds; SQLite and DynamoDB store fixed-width text with nine fraction digits, so nanoseconds.
 * Durations are nanoseconds in a 64-bit integer everywhere.
 */
final class Precision {

    private Precision() {
    }

    static ChronoUnit of(Backend backend) {
        return switch (backend.name()) {
            case "postgresql", "mysql" -> ChronoUnit.MICROS;
            case "sqlite", "dynamodb" -> ChronoUnit.NANOS;
            default -> throw new IllegalArgumentException("no documented precision for " + backend.name());
        };
    }
}
