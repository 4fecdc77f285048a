package dev.toasty.suite.models.types;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Every date and time type: the zoned and offset ones are stored as an instant plus the zone. */
@Model
public record Timed(@Key @Auto Long id, String label,
                    Duration duration,
                    LocalTime time,
                    OffsetDateTime offsetAt,
                    ZonedDateTime zonedAt,
                    Instant instant,
                    LocalDate date,
                    LocalDateTime dateTime) {

    /** A record with every time field null. */
    public static Timed of(String label) {
        return new Timed(null, label, null, null, null, null, null, null, null);
    }

    public Timed withDuration(Duration value) {
        return new Timed(id, label, value, time, offsetAt, zonedAt, instant, date, dateTime);
    }

    public Timed withTime(LocalTime value) {
        return new Timed(id, label, duration, value, offsetAt, zonedAt, instant, date, dateTime);
    }

    public Timed withOffsetAt(OffsetDateTime value) {
        return new Timed(id, label, duration, time, value, zonedAt, instant, date, dateTime);
    }

    public Timed withZonedAt(ZonedDateTime value) {
        return new Timed(id, label, duration, time, offsetAt, value, instant, date, dateTime);
    }

    public Timed withInstant(Instant value) {
        return new Timed(id, label, duration, time, offsetAt, zonedAt, value, date, dateTime);
    }

    public Timed withDate(LocalDate value) {
        return new Timed(id, label, duration, time, offsetAt, zonedAt, instant, value, dateTime);
    }

    public Timed withDateTime(LocalDateTime value) {
        return new Timed(id, label, duration, time, offsetAt, zonedAt, instant, date, value);
    }
}
