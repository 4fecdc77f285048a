package dev.toasty.suite.models.types;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in a currency, in cents: a user type that Toasty does not know, stored through
 * {@link MoneyConverter}. The amount always has two fraction digits, so that equal amounts are equal records.
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        amount = Objects.requireNonNull(amount, "amount").setScale(2, RoundingMode.UNNECESSARY);
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
