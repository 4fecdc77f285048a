package dev.toasty.suite.migrate.v2;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;

/** Version 2 of the authors: a biography and an indexed rating besides version 1's fields. */
@Model
@Table("mig_authors")
public record Author(@Key @Auto Long id, @Required String name, @Unique String email, String bio, @Index Integer rating) {
}
