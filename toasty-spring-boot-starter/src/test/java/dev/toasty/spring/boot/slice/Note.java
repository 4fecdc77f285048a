package dev.toasty.spring.boot.slice;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

/** The slice test's model. */
@Model
public record Note(@Key @Auto Long id, String text) {
}
