package dev.toasty.docs.relations.polymorphic;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.HasMany;

/** docs/relations/polymorphic.md: the other model a picture can belong to. */
@Model
public record Product(@Key @Auto Long id, @Required String sku, HasMany<Picture> pictures) implements Imageable {

    public static Product sku(String sku) {
        return new Product(null, sku, HasMany.unloaded());
    }
}
