package dev.toasty.spring.data.repository.config.notes;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;

/** A model with a unique title. */
@Model
public record Note(@Key @Auto Long id, @Unique String title, String body) {
}
