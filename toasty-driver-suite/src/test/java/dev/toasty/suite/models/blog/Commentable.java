package dev.toasty.suite.models.blog;

/** What a comment can be about. */
public sealed interface Commentable permits Post, Photo {
    Long id();
}
