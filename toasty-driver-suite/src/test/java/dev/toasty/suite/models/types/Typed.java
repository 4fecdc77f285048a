package dev.toasty.suite.models.types;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Decimal;
import dev.toasty.annotation.EnumStorage;
import dev.toasty.annotation.Enumerated;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The scalar types of the data-types work: enums by name, by code and native, {@code char} and
 * {@code Character}, a decimal with declared precision and scale, floats, text, UUID and bytes.
 */
@Model
public record Typed(@Key @Auto Long id, String label,
                    Status status,
                    @Enumerated(EnumStorage.CODE) Priority priority,
                    @Enumerated(EnumStorage.NATIVE) Mood mood,
                    char letterP, Character letter,
                    @Decimal(precision = 12, scale = 2) BigDecimal amount,
                    Float f, Double d,
                    String text, UUID uuid, byte[] bytes) {

    /** A record with every nullable field null and {@code letterP} 'a'. */
    public static Typed of(String label) {
        return new Typed(null, label, null, null, null, 'a', null, null, null, null, null, null, null);
    }

    public Typed withEnums(Status s, Priority p, Mood m) {
        return new Typed(id, label, s, p, m, letterP, letter, amount, f, d, text, uuid, bytes);
    }

    public Typed withLetters(char primitive, Character boxed) {
        return new Typed(id, label, status, priority, mood, primitive, boxed, amount, f, d, text, uuid, bytes);
    }

    public Typed withAmount(BigDecimal value) {
        return new Typed(id, label, status, priority, mood, letterP, letter, value, f, d, text, uuid, bytes);
    }

    public Typed withFloats(Float single, Double dbl) {
        return new Typed(id, label, status, priority, mood, letterP, letter, amount, single, dbl, text, uuid, bytes);
    }

    public Typed withText(String value) {
        return new Typed(id, label, status, priority, mood, letterP, letter, amount, f, d, value, uuid, bytes);
    }

    public Typed withUuidAndBytes(UUID u, byte[] b) {
        return new Typed(id, label, status, priority, mood, letterP, letter, amount, f, d, text, u, b);
    }
}
