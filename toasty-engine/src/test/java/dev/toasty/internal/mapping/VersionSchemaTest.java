package dev.toasty.internal.mapping;

import dev.toasty.SchemaException;
import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;
import dev.toasty.annotation.Version;
import dev.toasty.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A {@code @Version} field is an integer that is neither key nor unique, one per model; the build names a wrong one. */
class VersionSchemaTest {

    @Model
    record Versioned(@Key @Auto Long id, String name, @Version Long version) {
    }

    @Model
    record Textual(@Key @Auto Long id, @Version String version) {
    }

    @Model
    record Twice(@Key @Auto Long id, @Version int a, @Version long b) {
    }

    @Model
    record UniqueVersion(@Key @Auto Long id, @Unique @Version int version) {
    }

    @Test
    void theVersionFieldIsKnownToTheModel() {
        Schema schema = SchemaBuilder.build(List.of(Versioned.class));
        assertThat(schema.model(Versioned.class).version().name()).isEqualTo("version");
        assertThat(schema.model(Versioned.class).field("name").version()).isFalse();
    }

    @Test
    void aVersionOfTheWrongKindNamesTheModelAndField() {
        assertThatThrownBy(() -> SchemaBuilder.build(List.of(Textual.class))).isInstanceOf(SchemaException.class)
                .hasMessageContaining("Textual.version").hasMessageContaining("String");
        assertThatThrownBy(() -> SchemaBuilder.build(List.of(UniqueVersion.class))).isInstanceOf(SchemaException.class)
                .hasMessageContaining("UniqueVersion.version").hasMessageContaining("@Unique");
        assertThatThrownBy(() -> SchemaBuilder.build(List.of(Twice.class))).isInstanceOf(SchemaException.class)
                .hasMessageContaining("Twice has 2 @Version fields (a, b)");
    }
}
