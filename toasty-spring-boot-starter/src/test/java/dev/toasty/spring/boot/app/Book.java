package dev.toasty.spring.boot.app;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;

/** The starter tests' model. */
@Model
@Table("starter_books")
public record Book(@Key @Auto Long id, @Unique String title, int pages) {

    public static Book of(String title, int pages) {
        return new Book(null, title, pages);
    }
}
