package dev.toasty.suite.models;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;

import java.time.Instant;

/** The suite's main model: an identity key, a required name, a unique email, an indexed age. */
@Model
public record User(@Key @Auto Long id,
                   @Required String name,
                   @Unique String email,
                   @Index Integer age,
                   Instant createdAt,
                   Instant updatedAt,
                   boolean active) {

    public static User of(String name, String email, Integer age) {
        return new User(null, name, email, age, null, null, true);
    }

    public User withName(String newName) {
        return new User(id, newName, email, age, createdAt, updatedAt, active);
    }

    public User withTimes(Instant created, Instant updated) {
        return new User(id, name, email, age, created, updated, active);
    }

    public User withActive(boolean isActive) {
        return new User(id, name, email, age, createdAt, updatedAt, isActive);
    }
}
