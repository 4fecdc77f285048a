package dev.toasty.suite.migrate;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.migrate.GenerateOptions;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.internal.sql.JdbcAccess;
import dev.toasty.suite.migrate.v5.Swatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Dropping a table drops the native enum type only it used (PostgreSQL), and a rollback brings both back. */
class NativeEnumDropTest {

    private static final String TYPE_EXISTS = "SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            + "WHERE t.typname = 'shade' AND n.nspname = ?";

    @DriverTest
    @Requires("nativeSql")
    void aDroppedTablesEnumTypeGoesWithIt(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            Toasty withSwatches = space.open(Swatch.class);
            Migrator first = space.migrator(withSwatches);
            first.write(first.generate("swatches", GenerateOptions.defaults()), space.dir());
            space.migrator(withSwatches).migrate();
            withSwatches.insert(new Swatch(null, Swatch.Shade.DARK));
            assertThat(typeCount(space, backend)).isEqualTo(backend.name().equals("postgresql") ? 1 : 0);

            Toasty without = space.open(Versions.V1);
            Migrator next = space.migrator(without);
            next.write(next.generate("authors instead", GenerateOptions.defaults().withAllowDestructive(true)), space.dir());
            space.migrator(without).migrate();
            assertThat(without.schemaDifferences()).isEmpty();
            assertThat(typeCount(space, backend)).as("the type went with its table").isZero();

            space.migrator(without).rollback();
            assertThat(withSwatches.schemaDifferences()).as("the rollback makes table and type again").isEmpty();
            withSwatches.insert(new Swatch(null, Swatch.Shade.LIGHT));
            assertThat(typeCount(space, backend)).isEqualTo(backend.name().equals("postgresql") ? 1 : 0);
        }
    }

    private static long typeCount(Space space, Backend backend) {
        if (!backend.name().equals("postgresql")) {
            return 0;
        }
        try (JdbcAccess jdbc = JdbcAccess.open(backend.url(), 1, false); Connection c = jdbc.open();
             PreparedStatement s = c.prepareStatement(TYPE_EXISTS)) {
            s.setString(1, space.name());
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
