package dev.toasty.suite.models;

import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;

import java.time.LocalDate;

/** A composite key (organisation, user) and a composite index. */
@Model
@Index(fields = {"role", "since"})
public record Membership(@Key long orgId, @Key long userId, @Required String role, LocalDate since) {
}
