package dev.toasty.docs.relations.blog;

import dev.toasty.Toasty;
import dev.toasty.event.StatementListener;

import java.util.List;

/**
 * Opens the blog on in-memory SQLite and seeds it: Alice wrote "Hello" (published, 5 likes) and
 * "Drafts" (a draft); Bob wrote "Java" (published, 12 likes); Carol wrote nothing. "Hello" has a
 * comment by Bob and one by Carol, "Java" one by Alice; "Hello" is tagged java and sql, "Java" java.
 */
public final class Blog implements AutoCloseable {

    public final Toasty db;
    public final Member alice;
    public final Member bob;
    public final Member carol;
    public final Post hello;
    public final Post drafts;
    public final Post java;
    public final Tag javaTag;
    public final Tag sqlTag;

    private Blog(Toasty db) {
        this.db = db;
        db.pushSchema();
        carol = db.insert(Member.of("Carol", "carol@example.com"));
        bob = db.insert(Member.of("Bob", "bob@example.com"));
        alice = db.insert(Member.of("Alice", "alice@example.com").withPosts(
                Post.of("Hello", true, 5).withComments(Comment.of("Welcome!", bob.id()), Comment.of("Nice", carol.id())),
                Post.of("Drafts", false, 0)));
        hello = alice.posts().get().get(0);
        drafts = alice.posts().get().get(1);
        java = db.insert(Post.of("Java", true, 12).by(bob).withComments(Comment.of("Agreed", alice.id())));
        javaTag = db.insert(Tag.named("java"));
        sqlTag = db.insert(Tag.named("sql"));
        db.insertAll(List.of(Tagging.of(hello.id(), javaTag.id()), Tagging.of(hello.id(), sqlTag.id()),
                Tagging.of(java.id(), javaTag.id())));
    }

    public static Blog open() {
        return open(event -> { });
    }

    public static Blog open(StatementListener listener) {
        return new Blog(Toasty.builder()
                .models(Member.class, Profile.class, Post.class, Comment.class, Tag.class, Tagging.class)
                .url("sqlite::memory:")
                .listener(listener)
                .build());
    }

    @Override
    public void close() {
        db.close();
    }
}
