package dev.toasty.suite.migrate.v1;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;

/** Version 1 of an application's authors: a name and a unique email. */
@Model
@Table("mig_authors")
public record Author(@Key @Auto Long id, @Required String name, @Unique String email) {
    public static Author of(String name, String email) {
        return new Author(null, name, email);
    }
}
