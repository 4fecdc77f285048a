package dev.toasty.cli.app.v1;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;

/** Version 1 of a test application's authors: a name and a unique email. */
@Model
@Table("cli_authors")
public record Author(@Key @Auto Long id, @Required String name, @Unique String email) {
}
