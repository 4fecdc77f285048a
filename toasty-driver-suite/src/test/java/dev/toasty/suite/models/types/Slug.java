package dev.toasty.suite.models.types;

import java.util.Objects;

/** A URL-safe name: a value class that Toasty does not know, stored as text through {@link SlugConverter}. */
public record Slug(String value) {

    public Slug {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("not a slug: " + value);
        }
    }

    public static Slug of(String value) {
        return new Slug(value);
    }
}
