package dev.toasty.suite.models.types;

import dev.toasty.annotation.Embeddable;

/** A position, embedded in {@link Address}. */
@Embeddable
public record Geo(Double lat, Double lng) {
}
