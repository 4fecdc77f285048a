package dev.toasty.spring.data.repository.config.notes;

import dev.toasty.spring.data.repository.ToastyRepository;

import java.util.List;

/** A Toasty repository found by scanning. */
public interface NoteRepository extends ToastyRepository<Note, Long> {

    List<Note> findByTitleStartingWith(String prefix);
}
