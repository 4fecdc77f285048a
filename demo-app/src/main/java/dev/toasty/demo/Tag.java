package dev.toasty.demo;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.HasMany;

/** A tag of posts, many-to-many through {@link Tagging}. */
@Model
public record Tag(@Key @Auto Long id, @Required @Unique String name, HasMany<Tagging> taggings,
                  @HasMany.Through("taggings") HasMany<Post> posts) {

    /** A new tag, to insert. */
    public static Tag of(String name) {
        return new Tag(null, name, HasMany.unloaded(), HasMany.unloaded());
    }
}
