package dev.toasty.demo;

import dev.toasty.Page;
import dev.toasty.Toasty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** {@code GET /notes?q=&after=} lists notes, newest first, 20 a page; {@code POST /notes} adds one. */
@RestController
public class NoteController {

    private final Toasty db;

    NoteController(Toasty db) {
        this.db = db;
    }

    record NewNote(String text) {
    }

    @GetMapping("/notes")
    Page<Note> list(@RequestParam(required = false) String q, @RequestParam(required = false) String after) {
        var query = db.query(Note.class)
                .whereIfNotNull(q, Note_.text::containsIgnoreCase)
                .orderBy(Note_.createdAt.desc());
        return (after == null ? query : query.after(after)).paginate(20);
    }

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Note add(@RequestBody NewNote note) {
        return db.insert(new Note(null, note.text(), Instant.now()));
    }
}
