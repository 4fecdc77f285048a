package dev.toasty.demo;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.HasMany;

import java.time.Instant;

/** A blog author: writes {@link Post}s (loaded only when a query includes them). */
@Model
public record User(@Key @Auto Long id, @Required String name, @Required @Unique String email, @Required Instant joinedAt,
                   HasMany<Post> posts) {

    /** A new user, to insert. */
    public static User of(String name, String email, Instant joinedAt) {
        return new User(null, name, email, joinedAt, HasMany.unloaded());
    }
}
