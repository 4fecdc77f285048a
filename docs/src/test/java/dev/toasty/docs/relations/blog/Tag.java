package dev.toasty.docs.relations.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.HasMany;

/** A tag of posts, many-to-many through {@link Tagging}. */
@Model
public record Tag(@Key @Auto Long id, @Unique String name, HasMany<Tagging> taggings,
                  @HasMany.Through("taggings") HasMany<Post> posts) {

    public static Tag named(String name) {
        return new Tag(null, name, HasMany.unloaded(), HasMany.unloaded());
    }
}
