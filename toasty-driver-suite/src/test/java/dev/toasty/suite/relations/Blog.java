package dev.toasty.suite.relations;

import dev.toasty.Toasty;
import dev.toasty.suite.models.blog.Comment;
import dev.toasty.suite.models.blog.Label;
import dev.toasty.suite.models.blog.Labeling;
import dev.toasty.suite.models.blog.Member;
import dev.toasty.suite.models.blog.Photo;
import dev.toasty.suite.models.blog.Post;

import java.util.ArrayList;
import java.util.List;

/** Seeds the blog models for the relation tests. */
final class Blog {

    final Member alice;
    final Member bob;
    final Member carol;
    final List<Post> posts;
    final Photo photo;
    final Label java;
    final Label sql;

    /**
     * Alice wrote "A1" (published, t=1) and "A2" (draft, t=2); Bob wrote "B1" (published, t=3); Carol wrote nothing.
     * Comments: A1 has two (by Bob, by Carol), B1 has one (by Alice), the photo has one (by Alice).
     * Labels: A1 has java and sql, B1 has java.
     */
    Blog(Toasty db) {
        alice = db.insert(Member.of("Alice", "alice@example.com"));
        bob = db.insert(Member.of("Bob", "bob@example.com"));
        carol = db.insert(Member.of("Carol", "carol@example.com"));
        posts = db.insertAll(List.of(Post.of("A1", true, 1, alice.id()), Post.of("A2", false, 2, alice.id()),
                Post.of("B1", true, 3, bob.id())));
        photo = db.insert(Photo.of("https://example.com/p.png"));
        db.insertAll(List.of(Comment.on(posts.get(0), "nice", bob.id()), Comment.on(posts.get(0), "agreed", carol.id()),
                Comment.on(posts.get(2), "thanks", alice.id()), Comment.on(photo, "pretty", alice.id())));
        java = db.insert(Label.of("java"));
        sql = db.insert(Label.of("sql"));
        db.insertAll(List.of(Labeling.of(posts.get(0).id(), java.id(), 10), Labeling.of(posts.get(0).id(), sql.id(), 11),
                Labeling.of(posts.get(2).id(), java.id(), 12)));
    }

    Post a1() {
        return posts.get(0);
    }

    Post a2() {
        return posts.get(1);
    }

    Post b1() {
        return posts.get(2);
    }

    static List<String> titles(List<Post> posts) {
        List<String> out = new ArrayList<>();
        posts.forEach(p -> out.add(p.title()));
        return out;
    }
}
