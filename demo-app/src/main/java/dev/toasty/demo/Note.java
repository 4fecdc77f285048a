package dev.toasty.demo;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;

import java.time.Instant;

/** A note: the demo's one model. */
@Model
public record Note(@Key @Auto Long id, @Required String text, @Required Instant createdAt) {
}
