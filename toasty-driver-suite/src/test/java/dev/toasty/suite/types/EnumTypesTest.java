package dev.toasty.suite.types;

import dev.toasty.driver.Feature;
import dev.toasty.QueryException;
import dev.toasty.SchemaMismatchException;
import dev.toasty.Toasty;
import dev.toasty.query.Filter;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.types.Mood;
import dev.toasty.suite.models.types.Priority;
import dev.toasty.suite.models.types.Status;
import dev.toasty.suite.models.types.Typed;
import dev.toasty.suite.models.types.Typed_;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Enums stored by name (one constant renamed), by code and as a native enum type: every constant
 * round-trips, filters compare the stored form, ordering by a code field follows the codes, and a value
 * no constant stands for is a clear error naming the column and the value.
 */
class EnumTypesTest {

    private static List<String> labels(List<Typed> rows) {
        return rows.stream().map(Typed::label).toList();
    }

    /** The labels of the matching records, sorted here: DynamoDB orders only by a sort key. */
    private static List<String> sorted(Toasty db, Filter<Typed> filter) {
        return db.query(Typed.class).where(filter).list().stream().map(Typed::label).sorted().toList();
    }

    private static void seed(Toasty db) {
        db.insertAll(List.of(Typed.of("low").withEnums(Status.DRAFT, Priority.LOW, Mood.HAPPY),
                Typed.of("medium").withEnums(Status.PUBLISHED, Priority.MEDIUM, Mood.SAD),
                Typed.of("high").withEnums(Status.ARCHIVED, Priority.HIGH, Mood.MEH),
                Typed.of("urgent").withEnums(Status.PUBLISHED, Priority.URGENT, Mood.HAPPY),
                Typed.of("none")));
    }

    @DriverTest
    void everyConstantOfEveryStorageRoundTrips(Toasty db) {
        for (int i = 0; i < 3; i++) {
            Typed saved = db.insert(Typed.of("c" + i).withEnums(Status.values()[i], Priority.values()[i], Mood.values()[i]));
            Typed out = db.get(Typed.class, saved.id());
            assertThat(out.status()).isEqualTo(Status.values()[i]);
            assertThat(out.priority()).isEqualTo(Priority.values()[i]);
            assertThat(out.mood()).isEqualTo(Mood.values()[i]);
        }
        Typed urgent = db.insert(Typed.of("u").withEnums(null, Priority.URGENT, null));
        Typed out = db.get(Typed.class, urgent.id());
        assertThat(out.priority()).isEqualTo(Priority.URGENT);
        assertThat(out.status()).isNull();
        assertThat(out.mood()).isNull();
    }

    /** The renamed constant is stored under its new name: native SQL sees {@code pub}, and a filter finds it. */
    @DriverTest
    void aRenamedConstantIsStoredUnderItsName(Toasty db, Backend backend) {
        Typed saved = db.insert(Typed.of("p").withEnums(Status.PUBLISHED, Priority.HIGH, null));
        assertThat(db.query(Typed.class).where(Typed_.status.eq(Status.PUBLISHED)).one().id()).isEqualTo(saved.id());
        if (backend.capability().has(Feature.NATIVE_SQL)) {
            assertThat(db.sql("select * from " + Typed_.TABLE + " where status = 'pub' and priority = 40")
                    .list(Typed.class)).extracting(Typed::id).containsExactly(saved.id());
            assertThat(db.sql("select * from " + Typed_.TABLE + " where status = 'PUBLISHED'").list(Typed.class)).isEmpty();
        }
    }

    @DriverTest
    void eqAndInCompareByNameAndByCode(Toasty db) {
        seed(db);
        assertThat(sorted(db, Typed_.status.eq(Status.PUBLISHED))).containsExactly("medium", "urgent");
        assertThat(sorted(db, Typed_.status.in(Status.DRAFT, Status.ARCHIVED))).containsExactly("high", "low");
        assertThat(sorted(db, Typed_.status.ne(Status.PUBLISHED))).containsExactly("high", "low");
        assertThat(sorted(db, Typed_.priority.eq(Priority.URGENT))).containsExactly("urgent");
        assertThat(sorted(db, Typed_.priority.in(Priority.LOW, Priority.HIGH))).containsExactly("high", "low");
        assertThat(sorted(db, Typed_.priority.notIn(Priority.LOW, Priority.HIGH))).containsExactly("medium", "urgent");
        assertThat(sorted(db, Typed_.mood.eq(Mood.HAPPY))).containsExactly("low", "urgent");
        assertThat(sorted(db, Typed_.mood.in(Mood.SAD, Mood.MEH))).containsExactly("high", "medium");
        assertThat(sorted(db, Typed_.priority.isNull())).containsExactly("none");
    }

    /** Codes: URGENT -1, MEDIUM 10, LOW 30, HIGH 40 — neither the declaration order nor the names' order. */
    @DriverTest
    @Requires("arbitraryOrder")
    void orderingByACodeFieldFollowsTheCodes(Toasty db) {
        seed(db);
        assertThat(labels(db.query(Typed.class).where(Typed_.priority.isNotNull()).orderBy(Typed_.priority.asc()).list()))
                .containsExactly("urgent", "medium", "low", "high");
        assertThat(labels(db.query(Typed.class).where(Typed_.priority.isNotNull()).orderBy(Typed_.priority.desc()).list()))
                .containsExactly("high", "low", "medium", "urgent");
    }

    @DriverTest
    void anUnknownNameInTheDatabaseIsAnErrorNamingColumnAndValue(Toasty db, Backend backend) {
        Typed saved = db.insert(Typed.of("bad").withEnums(Status.DRAFT, Priority.LOW, null));
        RawWrites.set(db, backend, Typed_.TABLE, saved.id(), "status", "RETIRED");
        assertThatThrownBy(() -> db.get(Typed.class, saved.id()))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("status").hasMessageContaining("RETIRED");
        assertThatThrownBy(() -> db.query(Typed.class).list())
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("RETIRED");
    }

    @DriverTest
    void anUnknownCodeInTheDatabaseIsAnErrorNamingColumnAndValue(Toasty db, Backend backend) {
        Typed saved = db.insert(Typed.of("bad").withEnums(Status.DRAFT, Priority.LOW, null));
        RawWrites.set(db, backend, Typed_.TABLE, saved.id(), "priority", 99);
        assertThatThrownBy(() -> db.get(Typed.class, saved.id()))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("priority").hasMessageContaining("99");
    }

    /**
     * PostgreSQL's enum type and MySQL's ENUM column refuse a label the enum lacks, even from native SQL;
     * where the enum is stored as text (SQLite, DynamoDB) the write goes through and reading it is the error.
     */
    @DriverTest
    void aNativeEnumColumnHoldsOnlyTheEnumsLabels(Toasty db, Backend backend) {
        Typed saved = db.insert(Typed.of("m").withEnums(null, null, Mood.SAD));
        if (backend.name().equals("postgresql") || backend.name().equals("mysql")) {
            String update = "update " + Typed_.TABLE + " set mood = '%s' where id = :id";
            assertThat(db.sql(update.formatted("MEH")).bind("id", saved.id()).execute()).isEqualTo(1);
            assertThat(db.get(Typed.class, saved.id()).mood()).isEqualTo(Mood.MEH);
            assertThatThrownBy(() -> db.sql(update.formatted("ANGRY")).bind("id", saved.id()).execute())
                    .isInstanceOf(QueryException.class);
            assertThat(db.get(Typed.class, saved.id()).mood()).isEqualTo(Mood.MEH);
        } else {
            RawWrites.set(db, backend, Typed_.TABLE, saved.id(), "mood", "ANGRY");
            assertThatThrownBy(() -> db.get(Typed.class, saved.id())).isInstanceOf(SchemaMismatchException.class)
                    .hasMessageContaining("mood").hasMessageContaining("ANGRY");
        }
    }

    /** The Java name of a renamed constant is not its stored name: reading {@code PUBLISHED} is an error too. */
    @DriverTest
    void theJavaNameOfARenamedConstantIsUnknownInTheDatabase(Toasty db, Backend backend) {
        Typed saved = db.insert(Typed.of("bad").withEnums(Status.DRAFT, null, null));
        RawWrites.set(db, backend, Typed_.TABLE, saved.id(), "status", "PUBLISHED");
        assertThatThrownBy(() -> db.get(Typed.class, saved.id()))
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("PUBLISHED");
    }
}
