package dev.toasty.cli.app.v2;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;

/** Version 2 of the test application's authors: version 1 and a bio. */
@Model
@Table("cli_authors")
public record Author(@Key @Auto Long id, @Required String name, @Unique String email, String bio) {
}
