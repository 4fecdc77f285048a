package dev.toasty.demo;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** A user as the API returns it, with the titles of their posts when the query loaded them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UserView(Long id, String name, String email, Instant joinedAt, List<PostItem> posts) {

    /** One of the user's posts, in short. */
    record PostItem(Long id, String title, boolean published, Instant createdAt) {
    }

    static UserView of(User user) {
        List<PostItem> posts = user.posts().isLoaded()
                ? user.posts().stream().map(p -> new PostItem(p.id(), p.title(), p.published(), p.createdAt())).toList()
                : null;
        return new UserView(user.id(), user.name(), user.email(), user.joinedAt(), posts);
    }
}
