package dev.toasty.cli.app.renamed;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;

/** Version 1's authors with the table renamed, for {@code generate --rename}. */
@Model
@Table("cli_writers")
public record Author(@Key @Auto Long id, @Required String name, @Unique String email) {
}
