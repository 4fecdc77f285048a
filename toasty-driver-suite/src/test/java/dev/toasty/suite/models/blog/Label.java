package dev.toasty.suite.models.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.HasMany;

/** A label of posts, many-to-many through {@link Labeling}. */
@Model
public record Label(@Key @Auto Long id, @Unique String name, HasMany<Labeling> labelings,
                    @HasMany.Through("labelings") HasMany<Post> posts) {

    public static Label of(String name) {
        return new Label(null, name, HasMany.unloaded(), HasMany.unloaded());
    }
}
