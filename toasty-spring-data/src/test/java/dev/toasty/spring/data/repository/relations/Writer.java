package dev.toasty.spring.data.repository.relations;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.HasMany;

/** A writer of articles. */
@Model
public record Writer(@Key @Auto Long id, String name, @Unique String email, HasMany<Article> articles) {

    public static Writer of(String name, String email) {
        return new Writer(null, name, email, HasMany.unloaded());
    }
}
