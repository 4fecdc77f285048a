package dev.toasty.benchmarks.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A set of {@code count} migration files as an application accumulates them: the first creates a table, each
 * later one adds a column to it (with its down step), as generated migrations do.
 */
final class MigrationFiles {

    static final String TABLE = "bench_migrated";

    private MigrationFiles() {
    }

    static Path write(int count) {
        try {
            Path dir = Files.createTempDirectory("toasty-bench-migrations");
            Files.writeString(dir.resolve("V0001__create_" + TABLE + ".json"), """
                    {
                      "description" : "create %1$s",
                      "up" : [ { "createTable" : "%1$s",
                                 "columns" : [ { "name" : "id", "type" : "LONG", "nullable" : false, "auto" : true } ],
                                 "primaryKey" : [ "id" ] } ],
                      "down" : [ { "dropTable" : "%1$s",
                                   "columns" : [ { "name" : "id", "type" : "LONG", "nullable" : false, "auto" : true } ],
                                   "primaryKey" : [ "id" ] } ]
                    }
                    """.formatted(TABLE));
            for (int i = 2; i <= count; i++) {
                String column = "c" + i;
                Files.writeString(dir.resolve("V%04d__add_%s.json".formatted(i, column)), """
                        {
                          "description" : "add %2$s",
                          "up" : [ { "addColumn" : "%2$s", "table" : "%1$s", "type" : "STRING", "nullable" : true } ],
                          "down" : [ { "dropColumn" : "%2$s", "table" : "%1$s", "type" : "STRING", "nullable" : true } ]
                        }
                        """.formatted(TABLE, column));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
