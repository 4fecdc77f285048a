package dev.toasty.suite.models.types;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Convert;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

/** Converter fields: one to an embedded record (two columns), one to a scalar. */
@Model
public record Invoice(@Key @Auto Long id, String label,
                      @Convert(MoneyConverter.class) Money total,
                      @Convert(SlugConverter.class) Slug slug) {

    public static Invoice of(String label, Money total, Slug slug) {
        return new Invoice(null, label, total, slug);
    }
}
