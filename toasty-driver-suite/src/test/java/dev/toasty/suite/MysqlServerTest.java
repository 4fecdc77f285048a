package dev.toasty.suite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.toasty.QueryException;
import dev.toasty.SchemaException;
import dev.toasty.Toasty;
import dev.toasty.ValidationException;
import dev.toasty.UniqueViolationException;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;
import dev.toasty.suite.models.Everything;
import dev.toasty.suite.models.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What only the mysql backend needs checking: instants against the session time zone, strict sizes, limits
 * checked at startup, and idempotent index creation. Runs against the suite's mysql server; skipped (and
 * reported so) when there is none, failed when {@code TOASTY_TEST_MYSQL_URL} names one that cannot be reached.
 */
class MysqlServerTest {

    private static final Instant INSTANT = Instant.parse("2024-03-31T01:30:00.123456Z");

    private final List<AutoCloseable> open = new ArrayList<>();
    private Backend mysql;

    @BeforeEach
    void server() {
        mysql = Backends.all().stream().filter(b -> b.name().equals("mysql")).findFirst().orElseThrow();
        if (mysql.unavailable() != null) {
            Assumptions.assumeTrue(mysql.required(), () -> "mysql unavailable: " + mysql.unavailable());
            throw new IllegalStateException("mysql was required but is unavailable: " + mysql.unavailable());
        }
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private Toasty toasty(Class<?>... models) {
        Toasty db = Toasty.builder().url(mysql.url()).models(models).maxPoolSize(2).build();
        open.add(db);
        db.dropSchema();
        db.pushSchema();
        return db;
    }

    static String jdbcUrl(String toastyUrl) {
        return "jdbc:mariadb:" + toastyUrl.substring(toastyUrl.indexOf(':') + 1);
    }

    private static Everything instant(Instant value) {
        Everything e = Everything.empty();
        return new Everything(null, null, e.flag(), e.flagP(), e.b(), e.bP(), e.s(), e.sP(), e.i(), e.iP(), e.l(),
                e.lP(), e.f(), e.fP(), e.d(), e.dP(), e.dec(), e.uuid(), e.bytes(), value, e.date(), e.dateTime());
    }

    @Test
    void instantsAreStoredAsUtcWallClockWhateverTheSessionTimeZone() throws SQLException {
        toasty(Everything.class);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(mysql.url()));
        config.setConnectionInitSql("SET time_zone = '+05:30'");
        config.setMaximumPoolSize(2);
        HikariDataSource shifted = new HikariDataSource(config);
        open.add(shifted);
        Toasty db = Toasty.builder().dataSource(shifted).models(Everything.class).build();
        open.add(db);

        Everything saved = db.insert(instant(INSTANT));
        assertThat(db.get(Everything.class, saved.id()).instant()).isEqualTo(INSTANT);
        try (Connection c = shifted.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT CAST(`instant` AS CHAR), @@session.time_zone FROM `everythings` WHERE `id` = ?")) {
            ps.setLong(1, saved.id());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("2024-03-31 01:30:00.123456");
                assertThat(rs.getString(2)).isEqualTo("+05:30");
            }
        }
        // a Toasty on its own pool (a UTC session) reads the same instant
        Toasty own = Toasty.builder().url(mysql.url()).models(Everything.class).maxPoolSize(1).build();
        open.add(own);
        assertThat(own.get(Everything.class, saved.id()).instant()).isEqualTo(INSTANT);
    }

    @Test
    void aStringTooLongForItsIndexedColumnIsRefusedNotCut() {
        Toasty db = toasty(User.class);
        String email = "x".repeat(256) + "@example.com";
        assertThatThrownBy(() -> db.insert(User.of("Long", email, 1))).isInstanceOf(QueryException.class)
                .hasMessageContaining("User.email").hasMessageContaining("VARCHAR(255)");
        assertThat(db.query(User.class).count()).isZero();
        db.insert(User.of("Fits", "y".repeat(243) + "@example.com", 1));
        assertThat(db.query(User.class).list()).extracting(User::email).containsExactly("y".repeat(243) + "@example.com");
    }

    @Test
    void aDecimalWithMoreDigitsThanDecimal65Comma30IsRefusedNotRounded() {
        Toasty db = toasty(Everything.class);
        Everything e = Everything.empty();
        Everything tooFine = new Everything(null, null, e.flag(), e.flagP(), e.b(), e.bP(), e.s(), e.sP(), e.i(), e.iP(), e.l(),
                e.lP(), e.f(), e.fP(), e.d(), e.dP(), new BigDecimal("0.0000000000000000000000000000001"), e.uuid(), e.bytes(),
                e.instant(), e.date(), e.dateTime());
        assertThatThrownBy(() -> db.insert(tooFine)).isInstanceOf(ValidationException.class).hasMessageContaining("DECIMAL(65,30)");
        assertThat(db.query(Everything.class).count()).isZero();
    }

    @Test
    void pushSchemaTwiceKeepsOneOfEachIndex() throws SQLException {
        Toasty db = toasty(User.class);
        db.pushSchema();
        db.pushSchema();
        db.insert(User.of("A", "a@x", 1));
        assertThatThrownBy(() -> db.insert(User.of("B", "a@x", 2))).isInstanceOf(UniqueViolationException.class)
                .hasMessageContaining("User.email");
        try (Connection c = DriverManager.getConnection(jdbcUrl(mysql.url()));
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.statistics "
                     + "WHERE table_schema = DATABASE() AND table_name = 'users'")) {
            rs.next();
            // PRIMARY, ux_users_email, ix_users_age
            assertThat(rs.getLong(1)).isEqualTo(3);
        }
    }

    @Model
    @Table("a_table_name_that_goes_on_and_on_well_past_what_mysql_allows_for_names")
    record LongTableName(@Key Long id) {
    }

    @Test
    void aNameLongerThan64CharactersFailsAtStartupNamingTheModel() {
        assertThatThrownBy(() -> Toasty.builder().url(mysql.url()).models(LongTableName.class).build())
                .isInstanceOf(SchemaException.class).hasMessageContaining("LongTableName").hasMessageContaining("64");
    }
}
