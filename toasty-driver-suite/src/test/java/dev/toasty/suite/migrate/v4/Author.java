package dev.toasty.suite.migrate.v4;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;

/** Version 2's author with the biography required and the rating widened from Integer to Long. */
@Model
@Table("mig_authors")
public record Author(@Key @Auto Long id, @Required String name, @Unique String email, @Required String bio, @Index Long rating) {
}
