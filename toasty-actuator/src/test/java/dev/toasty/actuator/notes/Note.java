package dev.toasty.actuator.notes;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;

/** The model of the actuator tests: a unique title, a composite index and a nullable indexed field. */
@Model
@Index(fields = {"author", "title"})
public record Note(@Key @Auto Long id, @Unique String title, String author, @Index Integer stars) {
}
