package dev.toasty.suite.models.types;

import dev.toasty.Converter;

/** Stores a {@link Slug} as its text. */
public final class SlugConverter implements Converter<Slug, String> {

    @Override
    public String toStored(Slug value) {
        return value.value();
    }

    @Override
    public Slug fromStored(String stored) {
        return new Slug(stored);
    }
}
