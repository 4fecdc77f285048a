package dev.toasty.docs.types;

import dev.toasty.Toasty;
import dev.toasty.ValidationException;
import dev.toasty.docs.types.converters.Invoice;
import dev.toasty.docs.types.converters.Invoice_;
import dev.toasty.docs.types.converters.Money;
import dev.toasty.docs.types.converters.Sku;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/types/converters.md, run as written there. */
class ConvertersTest {

    @Test
    void convertedFieldsRoundTripAndFilterByConvertedValues() {
        try (Toasty db = Toasty.builder().models(Invoice.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            Invoice toast = db.insert(new Invoice(null, new Sku("TOAST-1"), Money.of("12.50", "EUR")));
            Invoice jam = db.insert(new Invoice(null, new Sku("JAM-2"), Money.of("4", "EUR")));
            Invoice tea = db.insert(new Invoice(null, new Sku("TEA-3"), Money.of("12.50", "GBP")));
            Invoice gift = db.insert(new Invoice(null, new Sku("GIFT-4"), null));

            Money total = db.get(Invoice.class, toast.id()).total();    // 12.50 EUR

            assertThat(total).isEqualTo(Money.of("12.50", "EUR"));
            assertThat(total.amount()).isEqualTo("12.50");
            assertThat(db.get(Invoice.class, jam.id()).total().amount()).isEqualTo("4.00");
            assertThat(db.get(Invoice.class, gift.id())).isEqualTo(gift);

            List<Invoice> picked = db.query(Invoice.class).where(Invoice_.sku.in(new Sku("TOAST-1"), new Sku("JAM-2"))).list();
            List<Invoice> inEuro = db.query(Invoice.class).where(Invoice_.total.eq(Money.of("12.5", "EUR"))).list();
            List<Invoice> free = db.query(Invoice.class).where(Invoice_.total.isNull()).list();
            List<Invoice> pounds = db.sql("SELECT * FROM invoices WHERE total_currency = 'GBP'").list(Invoice.class);

            assertThat(picked).containsExactlyInAnyOrder(toast, jam);
            assertThat(inEuro).containsExactly(toast);
            assertThat(free).containsExactly(gift);
            assertThat(pounds).containsExactly(tea);
            assertThat(db.query(Invoice.class).where(Invoice_.sku.eq(new Sku("TEA-3"))).list()).containsExactly(tea);
            assertThat(db.query(Invoice.class).where(Invoice_.total.ne(Money.of("12.50", "EUR"))).list())
                    .containsExactlyInAnyOrder(jam, tea);

            assertThatThrownBy(() -> {
                db.insert(new Invoice(null, new Sku("PEN-5"), Money.of("0.125", "EUR")));
                // ValidationException: Invoice.total.amount is declared @Decimal(precision = 12, scale = 2): ...
            }).isInstanceOf(ValidationException.class).hasMessageContaining("total.amount")
                    .hasMessageContaining("@Decimal(precision = 12, scale = 2)");
        }
    }
}
