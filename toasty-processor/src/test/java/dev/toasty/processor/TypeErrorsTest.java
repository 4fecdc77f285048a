package dev.toasty.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toasty.schema.ModelErrors;
import dev.toasty.schema.TypeErrors;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Each mistake in a field's type or its type annotations (enums, decimals, arrays, JSON, embeddables, deferred
 * fields) is one compile error, on the line of the element to fix. Converters: {@link ConverterErrorsTest}.
 */
class TypeErrorsTest extends TypeErrorCases {

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
}
