package dev.toasty.docs.types.converters;

import dev.toasty.Converter;

/** docs/types/converters.md: {@link Money} stored as the embedded {@link MoneyParts}. */
public final class MoneyConverter implements Converter<Money, MoneyParts> {

    @Override
    public MoneyParts toStored(Money money) {
        return new MoneyParts(money.amount(), money.currency());
    }

    @Override
    public Money fromStored(MoneyParts parts) {
        return Money.of(parts.amount(), parts.currency());
    }
}
