package dev.toasty.spring.data.repository.relations;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.HasMany;

/** A topic of articles, many-to-many through {@link Tagging}. */
@Model
public record Topic(@Key @Auto Long id, @Unique String name, HasMany<Tagging> taggings,
                    @HasMany.Through("taggings") HasMany<Article> articles) {

    public static Topic of(String name) {
        return new Topic(null, name, HasMany.unloaded(), HasMany.unloaded());
    }
}
