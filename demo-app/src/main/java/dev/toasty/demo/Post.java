package dev.toasty.demo;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;

import java.time.Instant;

/** A blog post, written by a {@link User} ({@code authorId}). */
@Model
public record Post(@Key @Auto Long id, @Required @Index Long authorId, @Required String title, @Required String body,
                   boolean published, @Required Instant createdAt) {
}
