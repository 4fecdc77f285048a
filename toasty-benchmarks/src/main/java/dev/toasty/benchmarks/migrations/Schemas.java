package dev.toasty.benchmarks.migrations;

import dev.toasty.benchmarks.Database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Drops what the migration benchmarks make: the migrated table and the history. */
final class Schemas {

    private Schemas() {
    }

    static void dropMigrated(Database database) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + MigrationFiles.TABLE);
            s.execute("DROP TABLE IF EXISTS toasty_migrations");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the migration benchmark's tables", e);
        }
    }
}
