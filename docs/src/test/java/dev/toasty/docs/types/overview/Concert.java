package dev.toasty.docs.types.overview;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Decimal;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** docs/types.md: a date-time with its zone, a duration, a time of day, a declared decimal, a char, a double. */
@Model
public record Concert(@Key @Auto Long id, @Required String band,
                      ZonedDateTime startsAt,
                      Duration length,
                      LocalTime doorsOpen,
                      @Decimal(precision = 6, scale = 2) BigDecimal price,
                      char section,
                      Double rating) {
}
