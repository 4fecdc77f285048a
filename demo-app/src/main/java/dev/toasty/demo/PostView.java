package dev.toasty.demo;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * A post as the API returns it. The author, comments and tags appear when the query loaded them
 * ({@code include}, {@code @Include}); a relation left unloaded is left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PostView(Long id, Long authorId, String title, String body, boolean published, Instant createdAt,
                Author author, List<CommentView> comments, List<String> tags) {

    /** The author of a post. */
    record Author(Long id, String name) {
    }

    static PostView of(Post post) {
        User author = post.author().isLoaded() ? post.author().get() : null;
        return new PostView(post.id(), post.authorId(), post.title(), post.body(), post.published(), post.createdAt(),
                author == null ? null : new Author(author.id(), author.name()),
                post.comments().isLoaded() ? post.comments().stream().map(CommentView::of).toList() : null,
                post.tags().isLoaded() ? post.tags().stream().map(Tag::name).toList() : null);
    }
}
