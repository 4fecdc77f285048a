package dev.toasty.suite.standalone;

import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;

/** The same table after an {@code @Index} was added to color. */
@Model
@Table("paints")
public record PaintV2(@Key String name, @Index String color) {
}
