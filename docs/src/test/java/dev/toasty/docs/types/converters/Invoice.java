package dev.toasty.docs.types.converters;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Convert;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

/** docs/types/converters.md: a scalar converter and a converter to an embedded record. */
@Model
public record Invoice(@Key @Auto Long id,
                      @Convert(SkuConverter.class) Sku sku,
                      @Convert(MoneyConverter.class) Money total) {
}
