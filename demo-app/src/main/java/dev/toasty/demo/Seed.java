package dev.toasty.demo;

import dev.toasty.Toasty;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Writes a first note into an empty database, so the demo shows something at once. */
@Component
class Seed implements ApplicationRunner {

    private final Toasty db;

    Seed(Toasty db) {
        this.db = db;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!db.query(Note.class).exists()) {
            db.insert(new Note(null, "Hello from Toasty on SQLite", Instant.now()));
        }
    }
}
