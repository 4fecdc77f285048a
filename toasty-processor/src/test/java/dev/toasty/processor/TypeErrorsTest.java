package dev.toasty.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toasty.schema.ModelErrors;
import dev.toasty.schema.TypeErrors;

import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each mistake in a field's type or its type annotations (enums, decimals, arrays, JSON, embeddables, deferred
 * fields, converters) is one compile error, on the line of the element to fix.
 */
class TypeErrorsTest {

    private static final String USER = "com.acme.User";
    private static final String BIG_DECIMAL_ONLY = "@Decimal applies to BigDecimal fields only";

    @TempDir
    java.nio.file.Path dir;

    @Test
    void listOfRecordsNeedsJson() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   List<Phone> phones) {
                }

                record Phone(String number) {
                }
                """, TypeErrors.badElement(USER, "phones", "Phone"), "phones)");
    }

    @Test
    void setOfAnUnsupportedElement() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   Set<Short> codes) {
                }
                """, TypeErrors.badElement(USER, "codes", "Short"), "codes)");
    }

    @Test
    void rawList() {
        assertOneError("""
                @Model
                public class User {
                    @Key long id;
                    @SuppressWarnings("rawtypes") List tags;
                }
                """, FieldErrors.rawType(USER, "tags", "List", "List<String>"), "List tags");
    }

    @Test
    void otherCollectionsAreUnsupported() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   ArrayList<String> tags) {
                }
                """, ModelErrors.unsupportedType(USER, "tags", "java.util.ArrayList<java.lang.String>"), "tags)");
    }

    @Test
    void enumCodeMissing() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Enumerated(EnumStorage.CODE) Role role) {
                }

                enum Role { @EnumCode(1) ADMIN, GUEST }
                """, TypeErrors.enumCodeMissing(USER, "role", "com.acme.Role", "GUEST"), "Role role");
    }

    @Test
    void enumCodeTwice() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Enumerated(EnumStorage.CODE) Role role) {
                }

                enum Role { @EnumCode(1) ADMIN, @EnumCode(2) STAFF, @EnumCode(1) GUEST }
                """, TypeErrors.enumDuplicate(USER, "role", "com.acme.Role", "1"), "Role role");
    }

    @Test
    void enumNameTwice() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   Role role) {
                }

                enum Role { @EnumName("GUEST") ADMIN, GUEST }
                """, TypeErrors.enumDuplicate(USER, "role", "com.acme.Role", "GUEST"), "Role role");
    }

    @Test
    void enumNameTwiceInAnArray() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   List<Role> roles) {
                }

                enum Role { @EnumName("x") ADMIN, @EnumName("x") GUEST }
                """, TypeErrors.enumDuplicate(USER, "roles", "com.acme.Role", "x"), "roles)");
    }

    @Test
    void enumeratedOnAString() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Enumerated(EnumStorage.NAME) String role) {
                }
                """, TypeErrors.notEnum(USER, "role"), "String role");
    }

    @Test
    void decimalOnADouble() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Decimal(precision = 10, scale = 2) double balance) {
                }
                """, TypeErrors.badDecimal(USER, "balance", BIG_DECIMAL_ONLY), "double balance");
    }

    @Test
    void decimalWithoutPrecision() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Decimal(precision = 0) java.math.BigDecimal balance) {
                }
                """, decimalBounds("balance", 0, 0), "BigDecimal balance");
    }

    @Test
    void decimalWithNegativeScale() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Decimal(precision = 5, scale = -1) java.math.BigDecimal balance) {
                }
                """, decimalBounds("balance", 5, -1), "BigDecimal balance");
    }

    @Test
    void decimalWithScaleAbovePrecision() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Decimal(precision = 4, scale = 6) java.math.BigDecimal balance) {
                }
                """, decimalBounds("balance", 4, 6), "BigDecimal balance");
    }

    @Test
    void embeddableThatIsNoRecord() {
        assertOneError("""
                @Model
                public record User(@Key long id, Address address) {
                }

                @Embeddable
                class Address {
                    String city;
                }
                """, TypeErrors.embeddableNotRecord("com.acme.Address"), "class Address");
    }

    @Test
    void embeddableComponentOfAnUnsupportedType() {
        assertOneError("""
                @Model
                public record User(@Key long id, Address home, Address work) {
                }

                @Embeddable
                record Address(String city,
                               StringBuilder notes) {
                }
                """, ModelErrors.unsupportedType(USER, "home.notes", "java.lang.StringBuilder"), "StringBuilder notes");
    }

    @Test
    void embeddableHoldingARelation() {
        assertOneError("""
                @Model
                public record User(@Key long id, Address address) {
                }

                @Embeddable
                record Address(String city,
                               dev.toasty.relation.BelongsTo<User> owner) {
                }
                """, FieldErrors.relationInEmbeddable(USER, "address.owner", "BelongsTo"), "BelongsTo<User> owner");
    }

    @Test
    void embeddableHoldingADeferredValue() {
        assertOneError("""
                @Model
                public record User(@Key long id, Address address) {
                }

                @Embeddable
                record Address(String city,
                               dev.toasty.Deferred<String> notes) {
                }
                """, FieldErrors.deferredInEmbeddable(USER, "address.notes"), "Deferred<String> notes");
    }

    @Test
    void embeddableHoldingItself() {
        assertOneError("""
                @Model
                public record User(@Key long id, Part part) {
                }

                @Embeddable
                record Part(String name, Inner inner) {
                }

                @Embeddable
                record Inner(String label,
                             Part parent) {
                }
                """, FieldErrors.embeddableCycle(USER, "part.inner.parent", "com.acme.Part"), "Part parent");
    }

    @Test
    void modelThatIsAlsoEmbeddable() {
        assertOneError("""
                @Model
                @Embeddable
                public record User(@Key long id) {
                }
                """, FieldErrors.embeddableModel(USER), "record User");
    }

    @Test
    void deferredEmbeddable() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   dev.toasty.Deferred<Address> address) {
                }

                @Embeddable
                record Address(String city) {
                }
                """, TypeErrors.badDeferred(USER, "address", "com.acme.Address"), "address)");
    }

    @Test
    void deferredZonedDateTime() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   dev.toasty.Deferred<java.time.ZonedDateTime> seen) {
                }
                """, TypeErrors.badDeferred(USER, "seen", "java.time.ZonedDateTime"), "seen)");
    }

    @Test
    void deferredRelation() {
        assertOneError("""
                @Model
                public record User(@Key long id, Long managerId,
                                   dev.toasty.Deferred<dev.toasty.relation.BelongsTo<User>> manager) {
                }
                """, FieldErrors.deferredRelation(USER, "manager"), "manager)");
    }

    @Test
    void deferredWithoutValueType() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   dev.toasty.Deferred<?> notes) {
                }
                """, FieldErrors.rawType(USER, "notes", "Deferred", "Deferred<String>"), "notes)");
    }

    @Test
    void keyOnAJsonField() {
        assertOneError("""
                @Model
                public record User(
                        @Key @Json Map<String, String> id) {
                }
                """, TypeErrors.notIndexable(USER, "id", "a key", "JSON"), "Map<String, String> id");
    }

    @Test
    void uniqueArray() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Unique List<String> emails) {
                }
                """, TypeErrors.notIndexable(USER, "emails", "unique", "list"), "emails)");
    }

    @Test
    void indexOnAnEmbeddedField() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   @Index Address address) {
                }

                @Embeddable
                record Address(String city) {
                }
                """, TypeErrors.notIndexable(USER, "address", "indexed", "multi-column"), "Address address");
    }

    @Test
    void modelIndexNamingADeferredField() {
        assertOneError("""
                @Model
                @Index(fields = "bio")
                public record User(@Key long id, dev.toasty.Deferred<String> bio) {
                }
                """, TypeErrors.notIndexable(USER, "bio", "indexed", "deferred"), "record User");
    }

    @Test
    void modelIndexMayNameAFieldInsideAnEmbeddedOne() {
        var result = TestCompiler.compile(dir, Map.of(USER, source("""
                @Model
                @Index(fields = {"address.city", "id"})
                public record User(@Key long id, Address address) {
                }
                """), "com.acme.Address", source("""
                @Embeddable
                public record Address(String city) {
                }
                """)));

        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void autoOnACharKey() {
        assertOneError("""
                @Model
                public record User(
                        @Key @Auto char id) {
                }
                """, ModelErrors.badAuto(USER, "id", "char"), "char id");
    }

    @Test
    void embeddedColumnClashesWithAField() {
        assertOneError("""
                @Model
                public record User(@Key long id, String homeCity,
                                   Address home) {
                }

                @Embeddable
                record Address(String city) {
                }
                """, ModelErrors.sameColumn(USER, "home.city", "homeCity", "home_city"), "Address home");
    }

    @Test
    void zoneColumnClashesWithAField() {
        assertOneError("""
                @Model
                public record User(@Key long id, String seenZone,
                                   java.time.ZonedDateTime seen) {
                }
                """, ModelErrors.sameColumn(USER, "seen.zone", "seenZone", "seen_zone"), "ZonedDateTime seen");
    }

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

    @Test
    void recordWithoutEmbeddable() {
        assertOneError("""
                @Model
                public record User(@Key long id,
                                   Phone phone) {
                }

                record Phone(String number) {
                }
                """, TypeErrors.notEmbeddable(USER, "phone", "com.acme.Phone"), "Phone phone");
    }

    @Test
    void keyOnAZonedDateTime() {
        assertOneError("""
                @Model
                public record User(
                        @Key java.time.ZonedDateTime at) {
                }
                """, TypeErrors.notIndexable(USER, "at", "a key", "multi-column"), "ZonedDateTime at");
    }

    @Test
    void autoOnAList() {
        assertOneError("""
                @Model
                public record User(
                        @Key @Auto List<Long> id) {
                }
                """, TypeErrors.notIndexable(USER, "id", "a key", "list"), "List<Long> id");
    }

    @Test
    void embeddableHeldByNoModelIsNamedAfterItself() {
        var result = compile("""
                @Embeddable
                public record User(String city,
                                   StringBuilder notes) {
                }
                """);

        assertThat(result.errors()).extracting(d -> d.getMessage(null))
                .containsExactly(ModelErrors.unsupportedType(USER, "notes", "java.lang.StringBuilder"));
        assertThat(result.generatedSource("com.acme.User_")).doesNotExist();
    }

    private static String decimalBounds(String field, int precision, int scale) {
        return TypeErrors.badDecimal(USER, field, "@Decimal(precision = " + precision + ", scale = " + scale
                + ") needs a precision of at least 1 and a scale from 0 to the precision");
    }

    private void assertOneError(String declaration, String message, String lineSnippet) {
        String source = source(declaration);
        var result = TestCompiler.compile(dir, USER, source);

        assertThat(result.errors()).extracting(d -> d.getMessage(null)).containsExactly(message);
        Diagnostic<? extends JavaFileObject> error = result.errors().getFirst();
        assertThat(error.getLineNumber()).isEqualTo(TestCompiler.lineOf(source, lineSnippet));
        assertThat(result.generatedSource("com.acme.User_")).doesNotExist();
    }

    private TestCompiler.Result compile(String declaration) {
        return TestCompiler.compile(dir, USER, source(declaration));
    }

    /** A compilation unit of package com.acme holding {@code declaration}. */
    private static String source(String declaration) {
        return "package com.acme;\n\nimport dev.toasty.annotation.*;\nimport java.util.*;\n\n" + declaration;
    }
}
