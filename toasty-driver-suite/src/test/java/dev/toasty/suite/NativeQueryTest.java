package dev.toasty.suite;

import dev.toasty.QueryException;
import dev.toasty.Toasty;
import dev.toasty.UniqueViolationException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.suite.models.User;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code db.sql(...)}: native SQL with named parameters, on the SQL backends, and its refusal on DynamoDB. */
class NativeQueryTest {

    private static void seed(Toasty db) {
        db.insertAll(List.of(User.of("Ada", "ada@x", 36), User.of("Bob", "bob@x", 20), User.of("Cy", null, 52)));
    }

    @DriverTest
    @Requires("nativeSql")
    void rowsMapToTheModelByColumnName(Toasty db) {
        seed(db);
        List<User> users = db.sql("select * from users where age >= :min and lower(name) <> lower(:name) order by age")
                .bind("min", 30).bind("name", "CY").list(User.class);
        assertThat(users).extracting(User::name).containsExactly("Ada");
        assertThat(users.get(0).email()).isEqualTo("ada@x");
        assertThat(users.get(0).active()).isTrue();
    }

    @DriverTest
    @Requires("nativeSql")
    void aRepeatedParameterAndACollectionExpand(Toasty db) {
        seed(db);
        List<User> users = db.sql("select * from users where name in (:names) or (age > :age and age < :age + 1) order by name")
                .bind("names", List.of("Bob", "Cy")).bind("age", 100).list(User.class);
        assertThat(users).extracting(User::name).containsExactly("Bob", "Cy");
    }

    @DriverTest
    @Requires("nativeSql")
    void colonsInsideStringsAndCommentsAreNotParameters(Toasty db) {
        seed(db);
        List<User> users = db.sql("select * from users /* :skip */ where name <> ':name' and name = :name -- :also")
                .bind("name", "Bob").list(User.class);
        assertThat(users).extracting(User::name).containsExactly("Bob");
    }

    @DriverTest
    @Requires("nativeSql")
    void executeReturnsTheRowsChangedAndValuesAreNeverSpliced(Toasty db) {
        seed(db);
        String sneaky = "x'; delete from users; --";
        long changed = db.sql("update users set name = :name where age < :age").bind("name", sneaky).bind("age", 40).execute();
        assertThat(changed).isEqualTo(2);
        assertThat(db.query(User.class).count()).isEqualTo(3);
        assertThat(db.sql("select * from users where name = :name").bind("name", sneaky).list(User.class)).hasSize(2);
    }

    @DriverTest
    @Requires("nativeSql")
    void errorsAreTranslatedAndNameTheMissingPieces(Toasty db) {
        seed(db);
        assertThatThrownBy(() -> db.sql("update users set email = :email where name = 'Bob'").bind("email", "ada@x").execute())
                .isInstanceOf(UniqueViolationException.class);
        assertThatThrownBy(() -> db.sql("select id, name from users").list(User.class))
                .isInstanceOf(QueryException.class).hasMessageContaining("User.email (column email)");
        assertThatThrownBy(() -> db.sql("select * from users where name = :name").list(User.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":name has no value");
        assertThatThrownBy(() -> db.sql("select * from users").bind("nme", "x").list(User.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no parameter :nme");
    }

    @DriverTest
    @Requires("nativeSql")
    void nativeSqlJoinsTheTransaction(Toasty db) {
        seed(db);
        assertThatThrownBy(() -> db.transaction(tx -> {
            tx.sql("delete from users where name = :name").bind("name", "Ada").execute();
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(db.query(User.class).count()).isEqualTo(3);
    }

    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void backendsWithoutSqlRefuseIt(Toasty db) {
        assertThatThrownBy(() -> db.sql("select * from users").list(User.class))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("native SQL");
    }
}
