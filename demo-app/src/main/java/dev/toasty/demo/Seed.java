package dev.toasty.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** Writes two authors and a few posts into an empty database, so the demo shows something at once. */
@Component
class Seed implements ApplicationRunner {

    private final UserRepository users;
    private final PostRepository posts;

    Seed(UserRepository users, PostRepository posts) {
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
        User ada = users.save(new User(null, "Ada", "ada@example.com", now));
        User bob = users.save(new User(null, "Bob", "bob@example.com", now));
        posts.saveAll(List.of(
                new Post(null, ada.id(), "Hello from Toasty", "A first post, on SQLite.", true, now.minusSeconds(30)),
                new Post(null, ada.id(), "Derived queries", "findByAuthorIdAndPublishedTrue(...) is checked at startup.", true,
                        now.minusSeconds(20)),
                new Post(null, bob.id(), "A draft", "Not published yet.", false, now.minusSeconds(10))));
    }
}
