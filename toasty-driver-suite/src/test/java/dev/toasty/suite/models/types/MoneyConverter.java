package dev.toasty.suite.models.types;

import dev.toasty.Converter;

/** Stores {@link Money} as the embedded {@link MoneyParts}. */
public final class MoneyConverter implements Converter<Money, MoneyParts> {

    @Override
    public MoneyParts toStored(Money value) {
        return new MoneyParts(value.amount(), value.currency());
    }

    @Override
    public Money fromStored(MoneyParts stored) {
        return new Money(stored.amount(), stored.currency());
    }
}
