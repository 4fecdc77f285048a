package dev.toasty.suite.models.types;

import dev.toasty.annotation.Embeddable;

/** An embedded value holding another ({@code address_geo_lat}). */
@Embeddable
public record Address(String street, String city, Geo geo) {
}
