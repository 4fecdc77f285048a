package dev.toasty.docs.relations.polymorphic;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.HasMany;

/** docs/relations/polymorphic.md: one of the two models a picture can belong to. */
@Model
public record Employee(@Key @Auto Long id, @Required String name, HasMany<Picture> pictures) implements Imageable {

    public static Employee named(String name) {
        return new Employee(null, name, HasMany.unloaded());
    }
}
