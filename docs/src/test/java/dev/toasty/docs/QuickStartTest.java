package dev.toasty.docs;

import dev.toasty.Page;
import dev.toasty.Toasty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's quick start, as written there; if this stops compiling or passing, fix the README too. */
class QuickStartTest {

    @Test
    void quickStartRunsAsWritten() {
        // README quick start: begin
        try (Toasty db = Toasty.builder().models(User.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            User alice = db.insert(new User(null, "Alice", "alice@example.com", 30));
            db.insertAll(List.of(new User(null, "Bob", "bob@example.com", 17),
                                 new User(null, "Anna", null, 42)));

            Optional<User> byEmail = db.findBy(User_.email, "alice@example.com");
            List<User> adults = db.query(User.class)
                    .where(User_.age.between(18, 65).and(User_.name.startsWith("A").or(User_.email.isNull())))
                    .orderBy(User_.name.asc())
                    .thenBy(User_.id.desc())
                    .limit(20)
                    .list();
            Page<User> first = db.query(User.class).orderBy(User_.name.asc()).paginate(2);
            Page<User> next = db.query(User.class).orderBy(User_.name.asc()).after(first.nextCursor()).paginate(2);
            long renamed = db.update(User.class).set(User_.name, "Alicia").where(User_.id.eq(alice.id())).execute();
            // README quick start: end

            assertThat(byEmail).contains(alice);
            assertThat(adults).extracting(User::name).containsExactly("Alice", "Anna");
            assertThat(first.items()).extracting(User::name).containsExactly("Alice", "Anna");
            assertThat(next.items()).extracting(User::name).containsExactly("Bob");
            assertThat(next.hasNext()).isFalse();
            assertThat(renamed).isEqualTo(1);
        }
    }
}
