package dev.toasty.suite.standalone;

import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;

/** A model as first deployed: no index on color. Its table is the one {@link PaintV2} reaches through the table prefix {@code x_}. */
@Model
@Table("x_paints")
public record PaintV1(@Key String name, String color) {
}
