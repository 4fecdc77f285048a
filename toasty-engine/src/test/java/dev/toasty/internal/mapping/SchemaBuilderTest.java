package dev.toasty.internal.mapping;

import dev.toasty.SchemaException;
import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Column;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;
import dev.toasty.schema.Field;
import dev.toasty.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Model mistakes fail at startup with a SchemaException naming the class, the field and the fix. */
class SchemaBuilderTest {

    @Model
    record NoKey(String name) {
    }

    @Model
    record BadType(@Key Long id, java.util.Optional<String> tags) {
    }

    enum Level {
        @dev.toasty.annotation.EnumCode(1) LOW,
        HIGH
    }

    @Model
    record CodeMissing(@Key Long id, @dev.toasty.annotation.Enumerated(dev.toasty.annotation.EnumStorage.CODE) Level level) {
    }

    @Model
    record DecimalOnText(@Key Long id, @dev.toasty.annotation.Decimal(precision = 5) String price) {
    }

    @Model
    record ListOfObjects(@Key Long id, java.util.List<Object> things) {
    }

    @Model
    record UniqueJson(@Key Long id, @Unique Map<String, String> meta) {
    }

    static final class Upper implements dev.toasty.Converter<Integer, String> {
        @Override
        public String toStored(Integer value) {
            return value.toString();
        }

        @Override
        public Integer fromStored(String stored) {
            return Integer.valueOf(stored);
        }
    }

    @Model
    record WrongConverter(@Key Long id, @dev.toasty.annotation.Convert(Upper.class) String name) {
    }

    @dev.toasty.annotation.Embeddable
    record Place(String city, Point point) {
    }

    @dev.toasty.annotation.Embeddable
    record Point(Double lat, Double lng) {
    }

    @Model
    record Shipment(@Key Long id, Place place, java.time.ZonedDateTime at) {
    }

    @Model
    @Table("things")
    record ThingA(@Key Long id) {
    }

    @Model
    @Table("things")
    record ThingB(@Key Long id) {
    }

    @Model
    @Index(fields = {"name", "missing"})
    record BadIndex(@Key Long id, String name) {
    }

    @Model
    record AutoString(@Key @Auto String id) {
    }

    @Model
    record AutoNotKey(@Key Long id, @Auto Long counter) {
    }

    @Model
    record SameColumn(@Key Long id, @Column("x") String a, @Column("x") String b) {
    }

    record NotAModel(@Key Long id) {
    }

    @Model
    static class NoConstructor {
        @Key
        Long id;

        NoConstructor(Long id) {
            this.id = id;
        }
    }

    @Model
    record Good(@Key @Auto Long id, @Required String name, String nickname, int count, @Unique String email,
                @Index Integer age) {
    }

    private static void fails(Class<?> model, String... parts) {
        assertThatThrownBy(() -> SchemaBuilder.build(List.of(model))).isInstanceOf(SchemaException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(parts));
    }

    @Test
    void modelWithoutKey() {
        fails(NoKey.class, NoKey.class.getCanonicalName(), "@Key");
    }

    @Test
    void fieldOfUnsupportedType() {
        fails(BadType.class, BadType.class.getCanonicalName() + ".tags", "java.util.Optional", "String");
    }

    interface TextConverter<J> extends dev.toasty.Converter<J, String> {
    }

    static final class Tag implements TextConverter<Integer> {
        @Override
        public String toStored(Integer value) {
            return value.toString();
        }

        @Override
        public Integer fromStored(String stored) {
            return Integer.valueOf(stored);
        }
    }

    @Model
    record Tagged(@Key Long id, @dev.toasty.annotation.Convert(Tag.class) Integer tag) {
    }

    @Model
    record AnyDeferred(@Key Long id, dev.toasty.Deferred<?> body) {
    }

    @Test
    void aConverterMayImplementConverterThroughAnInterface() {
        var field = SchemaBuilder.build(List.of(Tagged.class)).model(Tagged.class).field("tag");
        assertThat(field.type()).isEqualTo(dev.toasty.schema.FieldType.STRING);
        assertThat(field.toStored(42)).isEqualTo("42");
    }

    @Test
    void aWildcardDeferredIsRefused() {
        fails(AnyDeferred.class, AnyDeferred.class.getCanonicalName(), "body", "Deferred<");
    }

    @Test
    void typeMistakesNameTheModelAndField() {
        fails(CodeMissing.class, CodeMissing.class.getCanonicalName(), "level", "HIGH", "@EnumCode");
        fails(DecimalOnText.class, DecimalOnText.class.getCanonicalName(), "price", "BigDecimal");
        fails(ListOfObjects.class, ListOfObjects.class.getCanonicalName(), "things", "@Json");
        fails(UniqueJson.class, UniqueJson.class.getCanonicalName(), "meta", "JSON");
        fails(WrongConverter.class, WrongConverter.class.getCanonicalName(), "name", Upper.class.getName(), "Integer");
    }

    @Test
    void embeddedRecordsAndZonedTimesSpanSeveralColumns() {
        var model = SchemaBuilder.build(List.of(Shipment.class)).model(Shipment.class);
        assertThat(model.fields().stream().map(f -> f.name() + "=" + f.column().name()).toList()).containsExactly(
                "id=id", "place.city=place_city", "place.point.lat=place_point_lat", "place.point.lng=place_point_lng",
                "at=at", "at.zone=at_zone");
        var at = java.time.ZonedDateTime.of(2024, 10, 27, 2, 30, 0, 0, java.time.ZoneId.of("Europe/Paris")).withLaterOffsetAtOverlap();
        Shipment s = new Shipment(7L, new Place("Lyon", null), at);
        Object[] values = model.records().values(s);
        assertThat(values).containsExactly(7L, "Lyon", null, null, at, "Europe/Paris");
        values[4] = at.toInstant();
        Shipment back = (Shipment) model.records().create(values);
        assertThat(back).isEqualTo(s);
        assertThat(back.at().getOffset()).isEqualTo(java.time.ZoneOffset.ofHours(1));
        values[1] = null;
        assertThat(((Shipment) model.records().create(values)).place()).isNull();
    }

    @Test
    void twoModelsOnOneTable() {
        assertThatThrownBy(() -> SchemaBuilder.build(List.of(ThingA.class, ThingB.class)))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(ThingA.class.getCanonicalName()).hasMessageContaining(ThingB.class.getCanonicalName())
                .hasMessageContaining("'things'").hasMessageContaining("@Table");
    }

    @Test
    void indexOnMissingField() {
        fails(BadIndex.class, BadIndex.class.getCanonicalName(), "'missing'", "@Index");
    }

    @Test
    void autoOnAStringKey() {
        fails(AutoString.class, AutoString.class.getCanonicalName() + ".id", "@Auto", "UUID");
    }

    @Test
    void autoOnANonKeyField() {
        fails(AutoNotKey.class, AutoNotKey.class.getCanonicalName() + ".counter", "@Key");
    }

    @Test
    void twoFieldsOnOneColumn() {
        fails(SameColumn.class, "'x'", "@Column");
    }

    @Test
    void classWithoutModelAnnotation() {
        fails(NotAModel.class, NotAModel.class.getCanonicalName(), "@Model");
    }

    @Test
    void plainClassWithoutNoArgConstructor() {
        fails(NoConstructor.class, NoConstructor.class.getCanonicalName(), "no-argument constructor");
    }

    @Model
    static class FinalField {
        @Key
        Long id;
        final String name = "x";

        FinalField() {
        }
    }

    @Test
    void finalFieldOfAPlainClass() {
        fails(FinalField.class, FinalField.class.getCanonicalName() + ".name", "final", "record");
    }

    @Model
    @Table("coded")
    record TwoIndexes(@Key Long id, @Index @Index(unique = true) String code) {
    }

    @Model
    record NamedA(@Key Long id, @Index(name = "ix_code") String code) {
    }

    @Model
    record NamedB(@Key Long id, @Index(name = "ix_code") String code) {
    }

    @Test
    void repeatedIndexesOnOneFieldAreAllKept() {
        var indexes = SchemaBuilder.build(List.of(TwoIndexes.class)).model(TwoIndexes.class).table().indexes();
        assertThat(indexes).extracting(i -> i.name() + ":" + i.unique()).containsExactly("ix_coded_code:false",
                "ux_coded_code:true");
    }

    @Test
    void anIndexNameUsedByTwoModelsIsRefused() {
        assertThatThrownBy(() -> SchemaBuilder.build(List.of(NamedA.class, NamedB.class)))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("'ix_code'").hasMessageContaining(NamedA.class.getCanonicalName())
                .hasMessageContaining(NamedB.class.getCanonicalName());
    }

    @Test
    void nullabilityRule() {
        Schema schema = SchemaBuilder.build(List.of(Good.class));
        var model = schema.model(Good.class);
        assertThat(model.field("id").nullable()).isFalse();
        assertThat(model.field("name").nullable()).isFalse();
        assertThat(model.field("nickname").nullable()).isTrue();
        assertThat(model.field("count").nullable()).isFalse();
        assertThat(model.table().name()).isEqualTo("goods");
        assertThat(model.table().indexes()).extracting(i -> i.name() + ":" + i.unique())
                .containsExactly("ux_goods_email:true", "ix_goods_age:false");
        assertThat(model.fields()).extracting(Field::name).containsExactly("id", "name", "nickname", "count", "email", "age");
    }
}
