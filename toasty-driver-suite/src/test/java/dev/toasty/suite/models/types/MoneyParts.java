package dev.toasty.suite.models.types;

import dev.toasty.annotation.Embeddable;

import java.math.BigDecimal;

/** The stored form of {@link Money}: two columns, {@code total_amount} and {@code total_currency}. */
@Embeddable
public record MoneyParts(BigDecimal amount, String currency) {
}
