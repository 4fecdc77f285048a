package dev.toasty.suite.migrate.v3;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;

/** Version 1's authors with the email field renamed to {@code contact}. */
@Model
@Table("mig_authors")
public record Author(@Key @Auto Long id, @Required String name, @Unique String contact) {
}
