package dev.toasty.demo;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** A comment as the API returns it, with its author's name when the query loaded the author. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommentView(Long id, Long authorId, String author, String body, Instant createdAt) {

    static CommentView of(Comment comment) {
        String author = comment.author().isLoaded() ? comment.author().find().map(User::name).orElse(null) : null;
        return new CommentView(comment.id(), comment.authorId(), author, comment.body(), comment.createdAt());
    }
}
