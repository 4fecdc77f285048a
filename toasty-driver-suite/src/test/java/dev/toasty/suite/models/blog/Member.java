package dev.toasty.suite.models.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;

/** A person of the blog: writes posts, has a profile, follows and is followed by other members. */
@Model
public record Member(@Key @Auto Long id, String name, @Unique String email,
                     HasMany<Post> posts,
                     HasOne<Profile> profile,
                     @HasMany.MappedBy("follower") HasMany<Follow> following,
                     @HasMany.MappedBy("followee") HasMany<Follow> followers) {

    public static Member of(String name, String email) {
        return new Member(null, name, email, HasMany.unloaded(), HasOne.unloaded(), HasMany.unloaded(), HasMany.unloaded());
    }

    public Member withPosts(Post... posts) {
        return new Member(id, name, email, HasMany.of(posts), profile, following, followers);
    }
}
