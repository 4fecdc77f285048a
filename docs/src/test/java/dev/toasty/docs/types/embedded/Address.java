package dev.toasty.docs.types.embedded;

import dev.toasty.annotation.Column;
import dev.toasty.annotation.Embeddable;

/** docs/types/embedded.md: an address, holding a position. */
@Embeddable
public record Address(String street, String city, @Column("postcode") String zip, Geo geo) {
}
