package dev.toasty.suite.models;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.CreatedAt;
import dev.toasty.annotation.CreatedBy;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.UpdatedAt;
import dev.toasty.annotation.UpdatedBy;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDateTime;

/** Bean Validation constraints and audit stamps: checked and set by the engine on every backend. */
@Model
public record Signup(@Key @Auto Long id,
                     @NotBlank @Size(max = 20) String name,
                     @Email String email,
                     @Min(0) @Max(150) Integer age,
                     @CreatedAt Instant createdAt,
                     @UpdatedAt LocalDateTime updatedAt,
                     @CreatedBy String createdBy,
                     @UpdatedBy String updatedBy) {

    public static Signup of(String name, String email, Integer age) {
        return new Signup(null, name, email, age, null, null, null, null);
    }

    public Signup withName(String next) {
        return new Signup(id, next, email, age, createdAt, updatedAt, createdBy, updatedBy);
    }
}
