package dev.toasty.docs.relations.follow;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.HasMany;

/** docs/relations/self-referential.md: the follower graph, two has-many relations over the same join model. */
@Model
public record Person(@Key @Auto Long id, @Required String name,
                     @HasMany.MappedBy("follower") HasMany<Follow> following,
                     @HasMany.MappedBy("followee") HasMany<Follow> followers,
                     @HasMany.Through("following") HasMany<Person> followees) {

    public static Person named(String name) {
        return new Person(null, name, HasMany.unloaded(), HasMany.unloaded(), HasMany.unloaded());
    }
}
