package dev.toasty.demo;

import dev.toasty.Toasty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "toasty.url=sqlite::memory:")
class DemoApplicationTest {

    @Autowired
    Toasty db;

    @Autowired
    NoteController controller;

    @Test
    void startsSeedsAndListsNotes() {
        assertThat(db.query(Note.class).count()).isEqualTo(1);
        db.insert(new Note(null, "Buy milk", Instant.now().plusSeconds(1)));
        var page = controller.list("MILK", null);
        assertThat(page.items()).extracting(Note::text).containsExactly("Buy milk");
        assertThat(controller.list(null, null).items()).hasSize(2);
    }
}
