package dev.toasty.actuator.probes;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;

/** The model of the server tests, in a table of its own name so that it meets no other suite's table. */
@Model
@Table("actuator_probes")
public record Probe(@Key @Auto Long id, @Unique String label) {
}
