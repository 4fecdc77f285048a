package dev.toasty.benchmarks.jooq;

import java.util.List;

/** A user with their posts, as S7 loads them in one MULTISET query. */
record UserPosts(long id, String name, String email, List<Post> posts) {

    record Post(long id, long userId, String title, String body) {
    }
}
