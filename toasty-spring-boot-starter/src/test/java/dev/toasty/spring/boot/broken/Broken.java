package dev.toasty.spring.boot.broken;

import dev.toasty.annotation.Model;

/** A model without a key: the start must fail naming it. */
@Model
public record Broken(String name) {
}
