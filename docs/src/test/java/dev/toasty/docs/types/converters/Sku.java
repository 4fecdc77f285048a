package dev.toasty.docs.types.converters;

import java.util.Objects;

/** docs/types/converters.md: a product code, a value class stored as its text. */
public record Sku(String code) {

    public Sku {
        Objects.requireNonNull(code, "code");
    }
}
