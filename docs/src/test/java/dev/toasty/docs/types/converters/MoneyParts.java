package dev.toasty.docs.types.converters;

import dev.toasty.annotation.Decimal;
import dev.toasty.annotation.Embeddable;

import java.math.BigDecimal;

/** docs/types/converters.md: the stored form of {@link Money}, two columns. */
@Embeddable
public record MoneyParts(@Decimal(precision = 12, scale = 2) BigDecimal amount, String currency) {
}
