package dev.toasty.spring.data.repository.config.notes;

/** Not a Toasty model: a type another store would manage. */
public record Memo(Long id, String text) {
}
