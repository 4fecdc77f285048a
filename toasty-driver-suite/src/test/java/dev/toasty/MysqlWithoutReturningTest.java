package dev.toasty;

import dev.toasty.driver.Feature;

import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.sql.SqlDriver;
import dev.toasty.internal.sql.JdbcAccess;
import dev.toasty.internal.mapping.SchemaBuilder;
import dev.toasty.internal.sql.dialect.MysqlDialect;
import dev.toasty.suite.Backend;
import dev.toasty.suite.Backends;
import dev.toasty.suite.models.Account;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MySQL 8's statements, run on the suite's MariaDB server when that is what it has: inserts without RETURNING
 * (keys through {@code getGeneratedKeys}) and indexes created through information_schema, since MySQL 8 has no
 * {@code CREATE INDEX IF NOT EXISTS}. Both are plain MySQL SQL that MariaDB runs alike; on a MySQL server the
 * driver suite itself covers them. The collation is MariaDB's, which has no {@code utf8mb4_0900_bin}.
 */
class MysqlWithoutReturningTest {

    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private Backend mysql;

    @BeforeEach
    void server() throws Exception {
        mysql = Backends.all().stream().filter(b -> b.name().equals("mysql")).findFirst().orElseThrow();
        if (mysql.unavailable() != null) {
            Assumptions.assumeTrue(mysql.required(), () -> "mysql unavailable: " + mysql.unavailable());
            throw new IllegalStateException("mysql was required but is unavailable: " + mysql.unavailable());
        }
        try (Connection c = dataSource(true).getConnection()) {
            Assumptions.assumeTrue(c.getMetaData().getDatabaseProductVersion().contains("MariaDB"),
                    "the server is MySQL, which the driver suite runs with these statements already");
        }
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private HikariDataSource dataSource(boolean allKeys) {
        String url = mysql.url();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:mariadb:" + url.substring(url.indexOf(':') + 1)
                + (allKeys ? "&returnMultiValuesGeneratedIds=true" : ""));
        config.setMaximumPoolSize(2);
        HikariDataSource ds = new HikariDataSource(config);
        open.add(ds);
        return ds;
    }

    private Toasty mysqlMode(boolean allKeys) {
        MysqlDialect dialect = new MysqlDialect(false, "utf8mb4_nopad_bin", false);
        Engine engine = new Engine(SchemaBuilder.build(List.of(User.class, Account.class)),
                new SqlDriver(JdbcAccess.of(dataSource(allKeys), dialect)), List.of(e -> statements.add(e.sql())), 64);
        Toasty db = new Toasty(engine);
        open.add(db);
        assertThat(db.capability().has(Feature.RETURNING_CLAUSE)).isFalse();
        db.dropSchema();
        db.pushSchema();
        return db;
    }

    @Test
    void multiRowInsertGetsEveryKeyFromTheDriverInOrder() {
        Toasty db = mysqlMode(true);
        List<User> saved = db.insertAll(List.of(User.of("A", "a@x", 1), User.of("B", "b@x", 2), User.of("C", "c@x", 3)));
        assertThat(saved).extracting(User::id).doesNotContainNull().doesNotHaveDuplicates();
        for (User u : saved) {
            assertThat(db.get(User.class, u.id()).name()).isEqualTo(u.name());
        }
        assertThat(saved.get(1).id()).isEqualTo(saved.get(0).id() + 1);
        assertThat(statements).filteredOn(s -> s.startsWith("INSERT")).allSatisfy(s -> assertThat(s).doesNotContain("RETURNING"));
        User one = db.insert(User.of("D", "d@x", 4));
        assertThat(one.id()).isEqualTo(saved.get(2).id() + 1);
    }

    @Test
    void explicitKeysMoveAutoIncrementPastThem() {
        Toasty db = mysqlMode(true);
        db.insert(new User(1000L, "Given", "g@x", 1, null, null, true));
        User generated = db.insert(User.of("Generated", "n@x", 2));
        assertThat(generated.id()).isGreaterThan(1000L);
        Account account = db.insert(new Account("login", 5));
        assertThat(account.getId()).isPositive();
    }

    @Test
    void aDriverThatGivesOneKeyForManyRowsIsCaughtAndNothingIsWritten() {
        Toasty db = mysqlMode(false);
        assertThatThrownBy(() -> db.insertAll(List.of(User.of("A", "a@x", 1), User.of("B", "b@x", 2))))
                .isInstanceOf(QueryException.class).hasMessageContaining("returnMultiValuesGeneratedIds");
        assertThat(db.query(User.class).count()).isZero();
    }

    @Test
    void indexesAreCreatedOnceThroughInformationSchema() {
        Toasty db = mysqlMode(true);
        db.pushSchema();
        assertThat(statements).contains("PREPARE toasty_ddl FROM @toasty_ddl");
        db.insert(User.of("A", "a@x", 1));
        assertThatThrownBy(() -> db.insert(User.of("B", "a@x", 2))).isInstanceOf(UniqueViolationException.class)
                .hasMessageContaining("User.email");
        assertThat(db.query(User.class).where(User_.email.eq("a@x")).count()).isEqualTo(1);
    }
}
