package dev.toasty.suite;

import dev.toasty.SchemaException;
import dev.toasty.Toasty;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code Query.listValues(...)}: the values of some fields per record, reading only those columns on SQL. */
class ListValuesTest {

    @DriverTest
    void valuesComeInTheNamedOrderWithTheQuerysFilterAndLimit(Toasty db) {
        db.insertAll(List.of(User.of("Ada", "ada@x", 36), User.of("Bob", null, 20), User.of("Cy", "cy@x", 52)));
        List<Object[]> rows = db.query(User.class).where(User_.age.ge(30)).allowScan().listValues("email", "name", "age");
        assertThat(rows).extracting(r -> r[1]).containsExactlyInAnyOrder("Ada", "Cy");
        Object[] ada = rows.stream().filter(r -> r[1].equals("Ada")).findFirst().orElseThrow();
        assertThat(ada).containsExactly("ada@x", "Ada", 36);
        assertThat(db.query(User.class).where(User_.name.eq("Bob")).allowScan().listValues("email", "active").get(0))
                .containsExactly(null, true);
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void orderAndLimitApply(Toasty db) {
        db.insertAll(List.of(User.of("Ada", "ada@x", 36), User.of("Bob", null, 20), User.of("Cy", "cy@x", 52)));
        assertThat(db.query(User.class).orderBy(User_.age.desc()).limit(2).listValues("name"))
                .extracting(r -> r[0]).containsExactly("Cy", "Ada");
    }

    @DriverTest
    @Requires("projections")
    void sqlReadsOnlyTheNamedColumns(Toasty db, Recorder recorder) {
        db.insert(User.of("Ada", "ada@x", 36));
        recorder.clear();
        db.query(User.class).listValues("name");
        assertThat(recorder.statements().get(0).sql()).contains("name").doesNotContain("email").doesNotContain("created_at");
    }

    @DriverTest
    void anUnknownFieldIsRefusedNamingIt(Toasty db) {
        assertThatThrownBy(() -> db.query(User.class).listValues("nmae"))
                .isInstanceOf(SchemaException.class).hasMessageContaining("no field 'nmae'");
    }
}
