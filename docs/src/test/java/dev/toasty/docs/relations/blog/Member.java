package dev.toasty.docs.relations.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;

/** The blog of the preloading, filtering and writes chapters: a member writes posts and has a profile. */
@Model
public record Member(@Key @Auto Long id, @Required String name, @Unique String email,
                     HasMany<Post> posts,
                     HasOne<Profile> profile) {

    public static Member of(String name, String email) {
        return new Member(null, name, email, HasMany.unloaded(), HasOne.unloaded());
    }

    public Member withPosts(Post... posts) {
        return new Member(id, name, email, HasMany.of(posts), profile);
    }

    public Member withProfile(Profile profile) {
        return new Member(id, name, email, posts, HasOne.of(profile));
    }
}
