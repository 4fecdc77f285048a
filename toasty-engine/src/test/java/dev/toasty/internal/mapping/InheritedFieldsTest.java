package dev.toasty.internal.mapping;

import dev.toasty.SchemaException;
import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.schema.Field;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plain class stores the fields of its superclasses, theirs first; what cannot be stored fails naming the field. */
class InheritedFieldsTest {

    abstract static class Base {
        @Key
        @Auto
        private Long id;
        transient String cache;
    }

    @Model
    static class Owner extends Base {
        String name;

        Owner() {
        }
    }

    abstract static class Generic<ID> {
        @Key
        ID id;
    }

    @Model
    static class OfGeneric extends Generic<Long> {
        OfGeneric() {
        }
    }

    @Model
    static class Shadowing extends Base {
        Long id;

        Shadowing() {
        }
    }

    @Test
    void superclassFieldsComeFirst() {
        var model = SchemaBuilder.build(List.of(Owner.class)).model(Owner.class);
        assertThat(model.fields()).extracting(Field::name).containsExactly("id", "name");
        assertThat(model.key()).extracting(Field::name).containsExactly("id");
    }

    @Test
    void aTypeVariableIsRefusedNamingTheFieldAndItsClass() {
        assertThatThrownBy(() -> SchemaBuilder.build(List.of(OfGeneric.class))).isInstanceOf(SchemaException.class)
                .hasMessageContaining("OfGeneric.id").hasMessageContaining("Generic").hasMessageContaining("type variable ID");
    }

    @Test
    void aFieldDeclaredTwiceIsRefused() {
        assertThatThrownBy(() -> SchemaBuilder.build(List.of(Shadowing.class))).isInstanceOf(SchemaException.class)
                .hasMessageContaining("Shadowing.id").hasMessageContaining("declared twice");
    }
}
