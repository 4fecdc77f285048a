package dev.toasty.internal.mapping;

import dev.toasty.SchemaException;
import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code @HasMany.RemoveOrphans}: read into the relation, refused where it has no meaning. */
class RemoveOrphansSchemaTest {

    @Model
    record Shelf(@Key @Auto Long id, @HasMany.RemoveOrphans @HasMany.MappedBy("shelf") HasMany<Book> books,
                 @HasMany.MappedBy("keptBy") HasMany<Book> kept) {
    }

    @Model
    record Book(@Key @Auto Long id, Long shelfId, BelongsTo<Shelf> shelf, Long keptById,
                @BelongsTo.ForeignKey("keptById") BelongsTo<Shelf> keptBy) {
    }

    @Model
    record Desk(@Key @Auto Long id, @HasMany.RemoveOrphans HasOne<Lamp> lamp) {
    }

    @Model
    record Lamp(@Key @Auto Long id, Long deskId, BelongsTo<Desk> desk) {
    }

    @Test
    void theRelationSaysWhetherOrphansAreRemoved() {
        var model = SchemaBuilder.build(List.of(Shelf.class, Book.class)).model(Shelf.class);
        assertThat(model.relation("books").removeOrphans()).isTrue();
        assertThat(model.relation("kept").removeOrphans()).isFalse();
    }

    @Test
    void onAHasOneItIsRefusedNamingTheField() {
        assertThatThrownBy(() -> SchemaBuilder.build(List.of(Desk.class, Lamp.class))).isInstanceOf(SchemaException.class)
                .hasMessageContaining("lamp").hasMessageContaining("RemoveOrphans").hasMessageContaining("has-one");
    }
}
