package dev.toasty.suite.models;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One field of every supported type, boxed and primitive. */
@Model
public record Everything(@Key @Auto Long id,
                         String text,
                         Boolean flag, boolean flagP,
                         Byte b, byte bP,
                         Short s, short sP,
                         Integer i, int iP,
                         Long l, long lP,
                         Float f, float fP,
                         Double d, double dP,
                         BigDecimal dec,
                         UUID uuid,
                         byte[] bytes,
                         Instant instant,
                         LocalDate date,
                         LocalDateTime dateTime) {

    public static Everything empty() {
        return new Everything(null, null, null, false, null, (byte) 0, null, (short) 0, null, 0, null, 0L,
                null, 0f, null, 0d, null, null, null, null, null, null);
    }
}
