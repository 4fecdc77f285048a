package dev.toasty.cli.app.v2;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;

/** A model version 2 of the test application adds. */
@Model
@Table("cli_notes")
public record Note(@Key @Auto Long id, String text) {
}
