package dev.toasty.suite.models.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.HasMany;

/** A photo, which can be commented on like a post. */
@Model
public record Photo(@Key @Auto Long id, String url, HasMany<Comment> comments) implements Commentable {

    public static Photo of(String url) {
        return new Photo(null, url, HasMany.unloaded());
    }
}
