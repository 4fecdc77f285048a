package dev.toasty.demo;

import dev.toasty.Toasty;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** Writes two authors, a few posts with comments and tags into an empty database, so the demo shows something at once. */
@Component
class Seed implements ApplicationRunner {

    private final Toasty db;
    private final UserRepository users;
    private final PostRepository posts;

    Seed(Toasty db, UserRepository users, PostRepository posts) {
        this.db = db;
        this.users = users;
        this.posts = posts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        Instant now = Instant.now();
        User ada = users.save(User.of("Ada", "ada@example.com", now));
        User bob = users.save(User.of("Bob", "bob@example.com", now));
        List<Post> saved = posts.saveAll(List.of(
                Post.of(ada.id(), "Hello from Toasty", "A first post, on SQLite.", true, now.minusSeconds(30)),
                Post.of(ada.id(), "Derived queries", "findByAuthorIdAndPublishedTrue(...) is checked at startup.", true,
                        now.minusSeconds(20)),
                Post.of(bob.id(), "Including relations", "@Include loads authors, comments and tags: one query each.", true,
                        now.minusSeconds(15)),
                Post.of(bob.id(), "A draft", "Not published yet.", false, now.minusSeconds(10))));
        Post hello = saved.get(0);
        Post derived = saved.get(1);
        Post including = saved.get(2);
        db.insertAll(List.of(
                Comment.of(hello.id(), bob.id(), "Welcome!", now.minusSeconds(25)),
                Comment.of(hello.id(), ada.id(), "Thanks, Bob.", now.minusSeconds(24)),
                Comment.of(derived.id(), bob.id(), "Checked at startup, nice.", now.minusSeconds(18)),
                Comment.of(including.id(), ada.id(), "Even for a hundred posts?", now.minusSeconds(12)),
                Comment.of(including.id(), bob.id(), "The same five queries.", now.minusSeconds(11))));
        List<Tag> tags = db.insertAll(List.of(Tag.of("toasty"), Tag.of("sqlite"), Tag.of("spring")));
        db.insertAll(List.of(
                Tagging.of(hello.id(), tags.get(0).id(), now), Tagging.of(hello.id(), tags.get(1).id(), now),
                Tagging.of(derived.id(), tags.get(0).id(), now), Tagging.of(derived.id(), tags.get(2).id(), now),
                Tagging.of(including.id(), tags.get(0).id(), now)));
    }
}
