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
    record BadType(@Key Long id, Map<String, String> tags) {
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
        fails(BadType.class, BadType.class.getCanonicalName() + ".tags", "java.util.Map", "String");
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
