package dev.toasty.suite.migrate;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.migrate.MigrationSettings;
import dev.toasty.suite.Backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An empty database of its own for one migration test, so that a migration starts from nothing whatever the suite's
 * other tests left: a SQLite file, a PostgreSQL schema, a MySQL database, DynamoDB tables under a fresh prefix. It
 * has a directory for the migration files, opens Toasty instances over any models on it, and drops it all at close.
 */
final class Space implements AutoCloseable {

    private final Backend backend;
    private final Toasty admin;
    private final String name = "mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final Path dir;
    private final String url;
    private final List<Toasty> opened = new ArrayList<>();

    Space(Backend backend, Toasty admin) {
        this.backend = backend;
        this.admin = admin;
        try {
            this.dir = Files.createTempDirectory("toasty-migrations");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.url = switch (backend.name()) {
            case "sqlite" -> "sqlite:" + dir.resolve("app.db");
            case "postgresql" -> {
                admin.sql("CREATE SCHEMA " + name).execute();
                yield backend.url() + (backend.url().contains("?") ? "&" : "?") + "currentSchema=" + name;
            }
            case "mysql" -> {
                admin.sql("CREATE DATABASE " + name).execute();
                yield backend.url().replaceFirst("/test(\\?|$)", "/" + name + "$1");
            }
            default -> backend.url() + (backend.url().contains("?") ? "&" : "?") + "tablePrefix=" + name + "_";
        };
    }

    /** The directory the migrations are written to and read from. */
    Path dir() {
        return dir;
    }

    /** The schema (PostgreSQL), database (MySQL) or table prefix (DynamoDB) of this space. */
    String name() {
        return name;
    }

    String backend() {
        return backend.name();
    }

    /** A new instance over {@code models} on this space; closed with it. */
    Toasty open(Class<?>... models) {
        Toasty db = Toasty.builder().url(url).models(models).listener(backend.recorder()).allowScans(true).build();
        opened.add(db);
        return db;
    }

    Migrator migrator(Toasty db) {
        return db.migrator(MigrationSettings.defaults().withLocation("filesystem:" + dir));
    }

    /** Writes a migration file by hand (a test's own, or a changed copy). */
    Path write(String fileName, String text) {
        try {
            return Files.writeString(dir.resolve(fileName), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        opened.forEach(Toasty::close);
        switch (backend.name()) {
            case "postgresql" -> admin.sql("DROP SCHEMA " + name + " CASCADE").execute();
            case "mysql" -> admin.sql("DROP DATABASE " + name).execute();
            default -> {
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
