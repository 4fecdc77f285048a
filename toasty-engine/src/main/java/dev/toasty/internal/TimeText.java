package dev.toasty.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Fixed-width ISO texts for date-times on backends that store them as strings (SQLite, DynamoDB):
 * nanoseconds always written, so that comparing the texts compares the times.
 */
public final class TimeText {

    /** An {@code Instant} in UTC with nine fraction digits and a {@code Z}. */
    public static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** A {@code LocalDateTime} with nine fraction digits. */
    public static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    private TimeText() {
    }
}
