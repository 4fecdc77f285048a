package dev.toasty.suite.repository;

import dev.toasty.Toasty;
import dev.toasty.spring.data.repository.support.ToastyRepositoryFactory;
import dev.toasty.suite.models.User;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Four users to query, and the repositories of the suite built without a Spring context. */
final class Fixture {

    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2024-02-01T00:00:00Z");
    static final Instant T2 = Instant.parse("2024-03-01T00:00:00Z");
    static final Instant T3 = Instant.parse("2024-04-01T00:00:00Z");

    private Fixture() {
    }

    /** Ann (20, active), Bob (30, active), Cid (40, inactive, no email), Dee (no age, active). */
    static List<User> users(Toasty db) {
        return db.insertAll(List.of(
                new User(null, "Ann", "ann@x", 20, T0, null, true),
                new User(null, "Bob", "bob@x", 30, T1, null, true),
                new User(null, "Cid", null, 40, T2, null, false),
                new User(null, "Dee", "dee@y", null, T3, null, true)));
    }

    static <R> R repository(Toasty db, Class<R> type) {
        return new ToastyRepositoryFactory(db).getRepository(type);
    }

    /** The names of {@code users}, sorted, so that backends that return rows in another order compare equal. */
    static List<String> names(Collection<User> users) {
        return users.stream().map(User::name).sorted().toList();
    }

    static List<String> names(Iterable<User> users) {
        java.util.ArrayList<User> list = new java.util.ArrayList<>();
        users.forEach(list::add);
        return names(list);
    }
}
