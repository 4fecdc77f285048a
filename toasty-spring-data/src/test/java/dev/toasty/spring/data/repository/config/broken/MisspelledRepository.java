package dev.toasty.spring.data.repository.config.broken;

import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.spring.data.repository.config.notes.Note;

import java.util.List;

/** A repository whose method names a property Note lacks. */
public interface MisspelledRepository extends ToastyRepository<Note, Long> {

    List<Note> findByTitel(String title);
}
