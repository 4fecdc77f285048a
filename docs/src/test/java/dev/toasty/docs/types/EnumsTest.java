package dev.toasty.docs.types;

import dev.toasty.SchemaMismatchException;
import dev.toasty.Toasty;
import dev.toasty.docs.types.enums.Mood;
import dev.toasty.docs.types.enums.Priority;
import dev.toasty.docs.types.enums.Status;
import dev.toasty.docs.types.enums.Ticket;
import dev.toasty.docs.types.enums.Ticket_;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/types/enums.md, run as written there. */
class EnumsTest {

    @Test
    void enumsAreStoredByNameByCodeOrNatively() {
        try (Toasty db = Toasty.builder().models(Ticket.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            Ticket fire = db.insert(new Ticket(null, "Printer on fire", Status.PUBLISHED, Priority.HIGH, Mood.SAD));
            Ticket typo = db.insert(new Ticket(null, "Typo on the home page", Status.DRAFT, Priority.LOW, Mood.MEH));

            List<Ticket> urgent = db.query(Ticket.class)
                    .where(Ticket_.status.ne(Status.ARCHIVED).and(Ticket_.priority.in(Priority.NORMAL, Priority.HIGH)))
                    .orderBy(Ticket_.priority.desc())
                    .list();                                    // the printer

            List<Ticket> stored = db.sql("SELECT * FROM tickets WHERE status = 'pub' AND priority = 9 AND mood = 'SAD'")
                    .list(Ticket.class);                        // the printer again

            assertThat(urgent).containsExactly(fire);
            assertThat(db.query(Ticket.class).orderBy(Ticket_.priority.desc()).list()).containsExactly(fire, typo);
            assertThat(db.query(Ticket.class).orderBy(Ticket_.status.asc()).list()).containsExactly(typo, fire);
            assertThat(stored).containsExactly(fire);
            assertThat(db.query(Ticket.class).where(Ticket_.priority.in(Priority.LOW)).list()).containsExactly(typo);
            assertThat(db.get(Ticket.class, fire.id())).isEqualTo(fire);

            db.sql("UPDATE tickets SET status = 'RETIRED' WHERE id = :id").bind("id", typo.id()).execute();
            assertThatThrownBy(() -> {
                db.get(Ticket.class, typo.id());
                // SchemaMismatchException: Column tickets.status holds 'RETIRED', which is no constant of ...Status
            }).isInstanceOf(SchemaMismatchException.class)
                    .hasMessage("Column tickets.status holds 'RETIRED', which is no constant of "
                            + Status.class.getName() + " (it knows [ARCHIVED, DRAFT, pub]): add the constant, "
                            + "or update the rows that hold the old value");
        }
    }
}
