package dev.toasty.demo;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;

import java.time.Instant;

/** A blog author. */
@Model
public record User(@Key @Auto Long id, @Required String name, @Required @Unique String email, @Required Instant joinedAt) {
}
