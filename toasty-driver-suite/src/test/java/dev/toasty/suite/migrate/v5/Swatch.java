package dev.toasty.suite.migrate.v5;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.EnumStorage;
import dev.toasty.annotation.Enumerated;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;

/** A table with a native enum column (a PostgreSQL type of its own, MySQL's ENUM, text elsewhere). */
@Model
@Table("mig_swatches")
public record Swatch(@Key @Auto Long id, @Enumerated(EnumStorage.NATIVE) Shade shade) {

    public enum Shade { LIGHT, DARK }
}
