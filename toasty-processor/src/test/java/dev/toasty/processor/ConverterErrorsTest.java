package dev.toasty.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toasty.schema.ModelErrors;
import dev.toasty.schema.TypeErrors;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each mistake in a {@code @Convert} field or its converter is one compile error, on the line of the element to fix. */
class ConverterErrorsTest extends TypeErrorCases {

    @Test
    void converterThatIsNoConverterIsRefusedByJavac() {
        var result = compile("""
                @Model
                public record User(@Key long id, @Convert(String.class) String name) {
                }
                """);

        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().getFirst().getMessage(null)).contains("Converter");
    }

    @Test
    void abstractConverter() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Convert(Upper.class) String name) {
                }

                abstract class Upper implements dev.toasty.Converter<String, String> {
                }
                """, TypeErrors.badConverter(USER, "name", "com.acme.Upper", "is abstract; name a concrete class"), "String name");
    }

    @Test
    void converterWithoutPublicNoArgumentConstructor() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Convert(Upper.class) String name) {
                }

                class Upper implements dev.toasty.Converter<String, String> {
                    Upper() {
                    }

                    public String toStored(String value) {
                        return value.toUpperCase();
                    }

                    public String fromStored(String stored) {
                        return stored;
                    }
                }
                """, TypeErrors.badConverter(USER, "name", "com.acme.Upper",
                "has no public no-argument constructor; add one (Toasty creates one instance and shares it)"), "String name");
    }

    @Test
    void converterOfAnotherType() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Convert(Cents.class) String price) {
                }

                class Cents implements dev.toasty.Converter<Integer, Long> {
                    public Cents() {
                    }

                    public Long toStored(Integer value) {
                        return value.longValue();
                    }

                    public Integer fromStored(Long stored) {
                        return stored.intValue();
                    }
                }
                """, TypeErrors.badConverter(USER, "price", "com.acme.Cents",
                "converts java.lang.Integer, not the field's type java.lang.String"), "String price");
    }

    @Test
    void converterWithoutConcreteTypes() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Convert(AsText.class) Integer count) {
                }

                class AsText<T> implements dev.toasty.Converter<T, String> {
                    public AsText() {
                    }

                    public String toStored(T value) {
                        return value.toString();
                    }

                    public T fromStored(String stored) {
                        throw new UnsupportedOperationException();
                    }
                }
                """, TypeErrors.badConverter(USER, "count", "com.acme.AsText",
                "must implement Converter<J, S> with concrete types"), "Integer count");
    }

    @Test
    void converterToAnUnstorableType() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Convert(Builder.class) String name) {
                }

                class Builder implements dev.toasty.Converter<String, StringBuilder> {
                    public Builder() {
                    }

                    public StringBuilder toStored(String value) {
                        return new StringBuilder(value);
                    }

                    public String fromStored(StringBuilder stored) {
                        return stored.toString();
                    }
                }
                """, ModelErrors.unsupportedType(USER, "name", "java.lang.StringBuilder"), "String name");
    }

    @Test
    void converterToAnEmbeddableOrOfASupertypeIsAccepted() throws Exception {
        var result = TestCompiler.compile(dir, Map.of(USER, source("""
                @Model
                public record User(@Key long id, @Convert(Split.class) Price price, @Convert(Whole.class) Integer count) {
                }

                record Price(long cents, String currency) {
                }

                class Split implements dev.toasty.Converter<Price, Amount> {
                    public Split() {
                    }

                    public Amount toStored(Price value) {
                        return new Amount(value.cents(), value.currency());
                    }

                    public Price fromStored(Amount stored) {
                        return new Price(stored.cents(), stored.currency());
                    }
                }

                class Whole implements dev.toasty.Converter<Number, Long> {
                    public Whole() {
                    }

                    public Long toStored(Number value) {
                        return value.longValue();
                    }

                    public Number fromStored(Long stored) {
                        return stored.intValue();
                    }
                }
                """), "com.acme.Amount", source("""
                @Embeddable
                public record Amount(long cents, String currency) {
                }
                """)));

        assertThat(result.errors()).isEmpty();
        Class<?> metamodel = result.load("com.acme.User_");
        assertThat(metamodel.getField("price").getType()).isEqualTo(dev.toasty.query.Path.class);
        // The path is typed by the field, not by the converter's wider type.
        assertThat(((dev.toasty.query.Path<?, ?>) metamodel.getField("count").get(null)).type()).isEqualTo(Integer.class);
        assertThat(result.generatedSource("com.acme.Amount_")).exists();
    }

    @Test
    void decimalOnAConvertedField() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Convert(Cents.class) @Decimal(precision = 10, scale = 2) Price price) {
                }

                record Price(long cents) {
                }

                class Cents implements dev.toasty.Converter<Price, java.math.BigDecimal> {
                    public Cents() {
                    }

                    public java.math.BigDecimal toStored(Price value) {
                        return java.math.BigDecimal.valueOf(value.cents(), 2);
                    }

                    public Price fromStored(java.math.BigDecimal stored) {
                        return new Price(stored.movePointRight(2).longValue());
                    }
                }
                """, TypeErrors.badDecimal(USER, "price", BIG_DECIMAL_ONLY), "Price price");
    }
}
