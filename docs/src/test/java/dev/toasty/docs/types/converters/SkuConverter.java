package dev.toasty.docs.types.converters;

import dev.toasty.Converter;

/** docs/types/converters.md: a {@link Sku} stored as its code. */
public final class SkuConverter implements Converter<Sku, String> {

    @Override
    public String toStored(Sku sku) {
        return sku.code();
    }

    @Override
    public Sku fromStored(String code) {
        return new Sku(code);
    }
}
