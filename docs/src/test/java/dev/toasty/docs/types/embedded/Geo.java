package dev.toasty.docs.types.embedded;

import dev.toasty.annotation.Embeddable;

/** docs/types/embedded.md: a position, embedded in {@link Address}. */
@Embeddable
public record Geo(double lat, double lng) {
}
